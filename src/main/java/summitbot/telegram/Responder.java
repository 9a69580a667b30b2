package summitbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import summitbot.admin.AdminCommands;
import summitbot.admin.AdminResponse;
import summitbot.answer.Answer;
import summitbot.answer.ReplyRouter;
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
    private static final int MAX_PARTS = 3;

    private final ReplyRouter router;
    private final TemplateStore templates;
    private final NoticeLimiter notTextNotices;
    private final AdminCommands admin;
    private final Consumer<Outgoing> later;

    /**
     * @param admin the admin commands, or null where there are none (benchmarks)
     * @param later sends a message outside any update (the "new model is live" notice)
     */
    public Responder(ReplyRouter router, TemplateStore templates, NoticeLimiter notTextNotices, AdminCommands admin,
                     Consumer<Outgoing> later) {
        this.router = router;
        this.templates = templates;
        this.notTextNotices = notTextNotices;
        this.admin = admin;
        this.later = later;
    }

    /** The messages answering {@code action}, in order; empty when nothing is to be said. */
    public List<Outgoing> plan(Action action) {
        // (Java 17: no pattern matching in switch yet.)
        if (action instanceof Action.Ask a) {
            String chatType = a.where().group() ? "group" : "private";
            Answer answer = router.answer(a.where().conversationId(), a.text(), chatType);
            return text(a.where(), answer.reply(), false, answer.units().isEmpty() ? null
                    : new Outgoing.Source(a.text(), answer.intent(), answer.units(), answer.detail()));
        }
        if (action instanceof Action.Command c) {
            return command(c);
        }
        if (action instanceof Action.Callback cb) {
            return cb.where() == null || !known(cb.intent()) ? List.of()
                    : text(cb.where(), router.answerIntent(cb.where().conversationId(), cb.intent()).reply(), false);
        }
        if (action instanceof Action.NotText n) {
            return notTextNotices.allow(n.chatId())
                    ? List.of(new Outgoing(n.chatId(), wording(NOT_TEXT), null, null, null)) : List.of();
        }
        return List.of();
    }

    /** Whether a topic button's intent is one the core answers. */
    public boolean known(String intent) {
        return intent != null && router.intents().contains(intent);
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
        String conv = c.where().conversationId();
        if (admin != null && AdminCommands.isAdminCommand(c.name())) {
            return adminCommand(c);
        }
        return switch (c.name()) {
            case "start" -> text(c.where(), router.answerIntent(conv, Intents.GREETING).reply(), true);
            case "help" -> withAdminHelp(c, text(c.where(), router.answerIntent(conv, Intents.HELP).reply(), true));
            case "topics" -> text(c.where(), wording(PICK_TOPIC), true);
            case "source" -> text(c.where(), router.answerIntent(conv, Intents.SOURCE).reply(), false);
            default -> text(c.where(), router.wording(UNKNOWN_COMMAND, Map.of("command.name", c.name())), false);
        };
    }

    // An admin asking for help in a private chat also learns the admin commands; nobody else does.
    private List<Outgoing> withAdminHelp(Action.Command c, List<Outgoing> help) {
        if (admin == null || c.where().group() || !admin.isAdmin(c.userId())) {
            return help;
        }
        List<Outgoing> out = new ArrayList<>(help);
        out.addAll(text(c.where(), AdminCommands.HELP, false));
        return out;
    }

    private List<Outgoing> adminCommand(Action.Command c) {
        Action.Where w = c.where();
        AdminCommands.RepliedTo repliedTo = c.repliedTo() == null ? null
                : new AdminCommands.RepliedTo(w.chatId(), c.repliedTo());
        AdminResponse r = admin.run(c.userId(), !w.group(), c.name(), c.arguments(), repliedTo,
                notice -> later.accept(new Outgoing(w.chatId(), notice, null, w.threadId(), null)));
        List<Outgoing> out = new ArrayList<>();
        for (String message : r.messages()) {
            out.addAll(text(w, message, false));
        }
        if (r.document() != null) {
            out.add(new Outgoing(w.chatId(), r.document().fileName(), null, w.threadId(), null,
                    new Outgoing.Document(r.document().fileName(), r.document().content())));
        }
        return out;
    }

    private List<Outgoing> text(Action.Where w, String reply, boolean withTopics) {
        return text(w, reply, withTopics, null);
    }

    private List<Outgoing> text(Action.Where w, String reply, boolean withTopics, Outgoing.Source source) {
        List<String> parts = MessageSplitter.split(reply, Outgoing.MAX_TEXT, MAX_PARTS);
        List<Outgoing> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            List<Topic> keyboard = withTopics && last ? templates.topics() : null;
            out.add(new Outgoing(w.chatId(), parts.get(i), i == 0 ? w.replyTo() : null, w.threadId(), keyboard, null,
                    source));
        }
        return out;
    }

    /** Public bot commands, as shown in Telegram's command menu. */
    public static List<org.telegram.telegrambots.meta.api.objects.commands.BotCommand> commands() {
        return List.of(
                new org.telegram.telegrambots.meta.api.objects.commands.BotCommand("start", "Greeting and topics"),
                new org.telegram.telegrambots.meta.api.objects.commands.BotCommand("help", "What I know"),
                new org.telegram.telegrambots.meta.api.objects.commands.BotCommand("topics", "Topics to pick from"),
                new org.telegram.telegrambots.meta.api.objects.commands.BotCommand("source", "The article I answer from"));
    }
}
