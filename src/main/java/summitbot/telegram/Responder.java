package summitbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import summitbot.admin.AdminCommands;
import summitbot.admin.AdminResponse;
import summitbot.answer.Answer;
import summitbot.answer.ReplyRouter;
import summitbot.command.Audience;
import summitbot.command.Caller;
import summitbot.command.CommandRegistry;
import summitbot.command.CommandSpec;
import summitbot.facts.TemplateStore;
import summitbot.facts.Topic;
import summitbot.nlp.Intents;

/**
 * Turns an {@link Action} into the messages to send, asking the core for every answer. All the
 * wording comes from the core's reply templates, Telegram's own prompts ({@code telegram.*}) too.
 */
public final class Responder {
    static final String NOT_TEXT = "telegram.not_text";
    static final String PICK_TOPIC = "telegram.pick_topic";
    static final String SLOW_DOWN = "telegram.slow_down";
    static final String UNKNOWN_COMMAND = "telegram.unknown_command";
    static final String SOMETHING_ELSE = "telegram.something_else";
    static final String FAILED = "telegram.failed";
    /** Said when the core fails and even the reply templates cannot be read. */
    static final String FAILED_FALLBACK = "Something went wrong on my side. Please try again in a minute.";
    static final String BUTTON_GONE = "telegram.button_gone";
    static final String TEACH_BUTTON = "telegram.teach_button";
    private static final int MAX_PARTS = 3;
    private static final int TOPICS_PER_ROW = 2;
    private static final int TEACH_LABEL = 40;

    private final ReplyRouter router;
    private final TemplateStore templates;
    private final NoticeLimiter notTextNotices;
    private final NoticeLimiter failureNotices;
    private final AdminCommands admin;
    private final Consumer<Outgoing> later;
    private final TypingIndicator typing;
    private final BotEvents events;
    private final CommandRegistry<Action.Command, List<Outgoing>> commands;

    /**
     * @param failureNotices how often a chat hears that the core failed on its message
     * @param admin the admin commands, or null where there are none (benchmarks)
     * @param later sends a message outside any update (the "new model is live" notice)
     * @param typing shows "typing…" in an admin's chat while /teach retrains
     * @param events told how each question was answered, and how fast
     */
    Responder(ReplyRouter router, TemplateStore templates, NoticeLimiter notTextNotices,
              NoticeLimiter failureNotices, AdminCommands admin, Consumer<Outgoing> later, TypingIndicator typing,
              BotEvents events) {
        this.router = router;
        this.templates = templates;
        this.notTextNotices = notTextNotices;
        this.failureNotices = failureNotices;
        this.admin = admin;
        this.later = later;
        this.typing = typing;
        this.events = events;
        this.commands = new CommandRegistry<>(declareCommands(), admin == null ? id -> false : admin::isAdmin,
                router::wording);
    }

    /**
     * Every command of the bot, each declared once: the users' here, the admins' in
     * {@link AdminCommands#commands()}. Dispatch, /help, the menus and the hint for an unknown
     * command derive from this list.
     */
    private List<CommandSpec<Action.Command, List<Outgoing>>> declareCommands() {
        List<CommandSpec<Action.Command, List<Outgoing>>> all = new ArrayList<>(List.of(
                CommandSpec.forUsers("start", "Greeting and topics", this::start),
                CommandSpec.forUsers("help", "What I know", c -> withAdminHelp(c,
                        text(c.where(), router.answerIntent(c.where().conversationId(), Intents.HELP).reply(), true))),
                CommandSpec.forUsers("topics", "Topics to pick from", c -> text(c.where(), wording(PICK_TOPIC), true)),
                CommandSpec.forUsers("source", "The article I answer from",
                        c -> text(c.where(), router.answerIntent(c.where().conversationId(), Intents.SOURCE).reply(),
                                false))));
        if (admin != null) {
            admin.commands().forEach(spec -> all.add(spec.adapt(this::adminCommand)));
        }
        return all;
    }

    /** The command menu {@code audience} sees in Telegram: users theirs, admins every command. */
    List<BotCommand> menu(Audience audience) {
        return commands.menu(audience).stream().map(s -> new BotCommand(s.name(), s.description())).toList();
    }

    /** The messages answering {@code action}, in order; empty when nothing is to be said. */
    public List<Outgoing> plan(Action action) {
        // (Java 17: no pattern matching in switch yet.)
        if (action instanceof Action.Ask a) {
            long start = System.nanoTime();
            Answer answer = router.answer(a.where().conversationId(), a.text(), chatType(a.where()));
            events.questionAnswered(answer.kind(), System.nanoTime() - start);
            return answer(a.where(), answer, a.text());
        }
        if (action instanceof Action.Command c) {
            return command(c);
        }
        if (action instanceof Action.Callback cb) {
            return cb.where() == null || !understands(cb) ? List.of() : pressed(cb);
        }
        if (action instanceof Action.NotText n) {
            return notTextNotices.allow(n.chatId())
                    ? List.of(new Outgoing(n.chatId(), wording(NOT_TEXT), null, null, null)) : List.of();
        }
        return List.of();
    }

    /** Whether a pressed button is one this bot can still act on (and, to teach, was pressed by an admin). */
    public boolean understands(Action.Callback cb) {
        Press p = cb.press();
        if (p == null) {
            return false;
        }
        return switch (p.kind()) {
            case TOPIC -> router.intents().contains(p.value());
            case PICK -> p.value().isEmpty() || router.intents().contains(p.value());
            case UNIT -> router.answersUnit(p.value());
            case TEACH -> admin != null && admin.isAdmin(cb.userId()) && p.value().matches("\\d{1,18}");
        };
    }

    private List<Outgoing> pressed(Action.Callback cb) {
        Action.Where w = cb.where();
        Press p = cb.press();
        return switch (p.kind()) {
            case TOPIC -> text(w, router.answerIntent(w.conversationId(), p.value()).reply(), false);
            case PICK -> {
                Answer a = router.choose(w.conversationId(), p.value().isEmpty() ? null : p.value(), chatType(w));
                yield answer(w, a, a.question());
            }
            case UNIT -> {
                Answer a = router.answerUnit(w.conversationId(), p.value());
                yield answer(w, a, a.question());
            }
            case TEACH -> {
                TypingIndicator.Session busy = typing.session(w.chatId(), w.threadId());
                AdminResponse r = admin.teachRecorded(cb.userId(), !w.group(), Long.parseLong(p.value()),
                        whenLive(w, busy));
                yield adminMessages(w, r, busy);
            }
        };
    }

    // An answer as a message: a clarifying question with its choices as buttons; in a private
    // chat, an answer with up to three related questions as buttons.
    private List<Outgoing> answer(Action.Where w, Answer answer, String question) {
        List<List<Outgoing.Button>> keyboard = new ArrayList<>();
        if (!answer.choices().isEmpty()) {
            answer.choices().forEach(c -> new Press(Press.Kind.PICK, c.id()).button(c.question())
                    .ifPresent(b -> keyboard.add(List.of(b))));
            keyboard.add(List.of(new Outgoing.Button(wording(SOMETHING_ELSE), new Press(Press.Kind.PICK, "").data())));
        } else if (!w.group()) {
            router.related(answer).forEach(c -> new Press(Press.Kind.UNIT, c.id()).button(c.question())
                    .ifPresent(b -> keyboard.add(List.of(b))));
        }
        return text(w, answer.reply(), keyboard, answer.units().isEmpty() ? null
                : new Outgoing.Source(question, answer.intent(), answer.units(), answer.detail()));
    }

    private static String chatType(Action.Where w) {
        return w.group() ? "group" : "private";
    }

    /**
     * What a chat is told when the core failed on its message (a database locked past the wait,
     * or damaged): one short message per chat per minute. The wording comes from the templates
     * when they can be read, else from {@link #FAILED_FALLBACK}: the failure may be the database.
     */
    public List<Outgoing> failed(Action.Where w) {
        if (w == null || !failureNotices.allow(w.chatId())) {
            return List.of();
        }
        String text;
        try {
            text = wording(FAILED);
        } catch (RuntimeException e) {
            text = FAILED_FALLBACK;
        }
        return List.of(new Outgoing(w.chatId(), text, w.replyTo(), w.threadId(), null));
    }

    /** The message telling a flooding chat to slow down. */
    public Outgoing slowDown(long chatId) {
        return new Outgoing(chatId, wording(SLOW_DOWN), null, null, null);
    }

    /** A Telegram prompt's wording, from the reply templates. */
    String wording(String template) {
        return router.wording(template, Map.of());
    }

    private List<Outgoing> command(Action.Command c) {
        Optional<CommandSpec<Action.Command, List<Outgoing>>> spec = commands.find(c.name());
        if (spec.isEmpty()) {
            return text(c.where(), router.wording(UNKNOWN_COMMAND, Map.of("command.name", c.name(),
                    "commands.list", commands.hint())), false);
        }
        if (!commands.admits(spec.get(), new Caller(c.userId(), !c.where().group()))) {
            return text(c.where(), commands.refusal(spec.get()), false);
        }
        return spec.get().handler().apply(c);
    }

    // /start greets; a deep link's payload (t.me/<bot>?start=location) names a topic to answer.
    private List<Outgoing> start(Action.Command c) {
        String payload = c.arguments().strip().toLowerCase(Locale.ROOT);
        String conv = c.where().conversationId();
        boolean topic = !payload.isEmpty() && templates.topics().stream().anyMatch(t -> t.intent().equals(payload));
        return text(c.where(), router.answerIntent(conv, topic ? payload : Intents.GREETING).reply(), true);
    }

    // An admin asking for help in a private chat also learns the admin commands; nobody else does.
    private List<Outgoing> withAdminHelp(Action.Command c, List<Outgoing> help) {
        if (admin == null || c.where().group() || !admin.isAdmin(c.userId())) {
            return help;
        }
        List<Outgoing> out = new ArrayList<>(help);
        out.addAll(text(c.where(), AdminCommands.HELP_TITLE + "\n" + commands.help(Audience.ADMIN), false));
        return out;
    }

    // An admin command run from Telegram: the reply it replies to, and "typing…" while /teach retrains.
    private List<Outgoing> adminCommand(Action.Command c, Function<AdminCommands.Request, AdminResponse> run) {
        Action.Where w = c.where();
        AdminCommands.RepliedTo repliedTo = c.repliedTo() == null ? null
                : new AdminCommands.RepliedTo(w.chatId(), c.repliedTo());
        TypingIndicator.Session busy = typing.session(w.chatId(), w.threadId());
        AdminResponse r = run.apply(new AdminCommands.Request(c.userId(), c.arguments(), repliedTo, whenLive(w, busy)));
        return adminMessages(w, r, busy);
    }

    // Told once a retraining is live: "typing…" ends and the admin hears the news.
    private Consumer<String> whenLive(Action.Where w, TypingIndicator.Session busy) {
        return notice -> {
            busy.stop();
            later.accept(new Outgoing(w.chatId(), notice, null, w.threadId(), null));
        };
    }

    private List<Outgoing> adminMessages(Action.Where w, AdminResponse r, TypingIndicator.Session busy) {
        if (r.retraining()) {
            busy.start();
        } else {
            busy.stop();
        }
        return adminMessages(w, r);
    }

    // An admin response as messages: questions users placed in a topic get one-tap teach buttons.
    private List<Outgoing> adminMessages(Action.Where w, AdminResponse r) {
        List<List<Outgoing.Button>> teach = new ArrayList<>();
        r.teachable().forEach(t -> new Press(Press.Kind.TEACH, Long.toString(t.id()))
                .button(teachLabel(t)).ifPresent(b -> teach.add(List.of(b))));
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < r.messages().size(); i++) {
            boolean last = i == r.messages().size() - 1;
            out.addAll(text(w, r.messages().get(i), last ? teach : List.of(), null));
        }
        if (r.document() != null) {
            out.add(new Outgoing(w.chatId(), r.document().fileName(), null, w.threadId(), null,
                    new Outgoing.Document(r.document().fileName(), r.document().content())));
        }
        return out;
    }

    private String teachLabel(AdminResponse.Teachable t) {
        String question = t.question().length() > TEACH_LABEL ? t.question().substring(0, TEACH_LABEL) + "…"
                : t.question();
        return router.wording(TEACH_BUTTON, Map.of("question.text", question, "question.intent", t.intent()));
    }

    private List<Outgoing> text(Action.Where w, String reply, boolean withTopics) {
        return text(w, reply, withTopics ? topicButtons() : List.of(), null);
    }

    // Every topic, two buttons a row.
    private List<List<Outgoing.Button>> topicButtons() {
        List<List<Outgoing.Button>> rows = new ArrayList<>();
        List<Outgoing.Button> row = new ArrayList<>();
        for (Topic t : templates.topics()) {
            new Press(Press.Kind.TOPIC, t.intent()).button(t.label()).ifPresent(row::add);
            if (row.size() == TOPICS_PER_ROW) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    // The keyboard goes on the last part of a long reply.
    private List<Outgoing> text(Action.Where w, String reply, List<List<Outgoing.Button>> keyboard,
                                Outgoing.Source source) {
        List<String> parts = MessageSplitter.split(reply, Outgoing.MAX_TEXT, MAX_PARTS);
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            out.add(new Outgoing(w.chatId(), parts.get(i), i == 0 ? w.replyTo() : null, w.threadId(),
                    last ? keyboard : null, null, source));
        }
        return out;
    }
}
