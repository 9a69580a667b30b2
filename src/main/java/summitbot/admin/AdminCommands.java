package summitbot.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import summitbot.command.Caller;
import summitbot.command.CommandRegistry;
import summitbot.command.CommandSpec;
import summitbot.command.Wording;
import summitbot.facts.AnswerUnit;
import summitbot.facts.Fact;
import summitbot.facts.FactChange;
import summitbot.facts.FactDocument;
import summitbot.facts.FactException;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.SentAnswers;
import summitbot.facts.UnansweredLog;
import summitbot.facts.UnitStore;
import summitbot.nlp.AnswerType;
import summitbot.nlp.Person;

/**
 * The admin commands (/facts, /fact, /set, /add, /alias, /history, /undo, /unanswered, /teach,
 * /export, and /why and /edit in reply to an answer), independent of Telegram, each declared once
 * in {@link #commands()}. Only admins in a private chat may run them; anyone else learns only that
 * the command is for admins, and the attempt is logged with their user id.
 */
public final class AdminCommands {
    private static final Logger log = LoggerFactory.getLogger(AdminCommands.class);
    /** Room left under Telegram's 4,096-character message limit. */
    static final int PAGE_LIMIT = 3800;
    /** The first line of the admin commands' help (the lines after it come from the command registry). */
    public static final String HELP_TITLE = "Admin commands (private chat only):";
    private static final int PARAGRAPH_SHOWN = 300;
    private static final int UNANSWERED_SHOWN = 20;
    private static final int MAX_TAUGHT = 500;
    private static final int HISTORY_SHOWN_IN_FACT = 3;

    private final AdminDirectory admins;
    private final FactStore facts;
    private final PeopleDirectory people;
    private final UnansweredLog unanswered;
    private final ModelTeacher teacher;
    private final Set<String> intents;
    private final SentAnswers sent;
    private final UnitStore units;
    private final List<CommandSpec<Request, AdminResponse>> commands;
    private final CommandRegistry<Request, AdminResponse> registry;
    private final Wording wording;

    /** The bot's message an admin's command replies to (for /why and /edit). */
    public record RepliedTo(long chatId, long messageId) {
    }

    /**
     * One run of an admin command: who runs it, the rest of the message, the bot's message it
     * replies to (or null), and who is told later once a /teach retraining is live.
     */
    public record Request(long userId, String arguments, RepliedTo repliedTo, Consumer<String> whenLive) {
        public Request {
            arguments = arguments == null ? "" : arguments.strip();
        }

        String by() {
            return "tg:" + userId;
        }
    }

    /**
     * @param intents the intents the bot answers: /add and /teach accept only these
     * @param sent    which units the bot's sent answers came from
     * @param wording the reply templates refusals and prompts are read from
     */
    public AdminCommands(AdminDirectory admins, FactStore facts, PeopleDirectory people, UnansweredLog unanswered,
                         ModelTeacher teacher, Set<String> intents, SentAnswers sent, UnitStore units,
                         Wording wording) {
        this.wording = wording;
        this.sent = sent;
        this.units = units;
        this.admins = admins;
        this.facts = facts;
        this.people = people;
        this.unanswered = unanswered;
        this.teacher = teacher;
        this.intents = Set.copyOf(intents);
        this.commands = List.of(
                admin("facts", "[filter]", "keys and values", r -> listFacts(r.arguments())),
                admin("fact", "KEY", "a value, its intent, paragraph and last changes", r -> showFact(r.arguments())),
                admin("set", "KEY VALUE", "change a fact", r -> set(r.arguments(), r.by())),
                admin("add", "INTENT KEY VALUE", "a new fact", r -> add(r.arguments(), r.by())),
                admin("alias", "PERSON ALIAS", "a new name for a person", r -> alias(r.arguments())),
                admin("history", "KEY", "every change of a fact", r -> history(r.arguments())),
                admin("undo", "KEY", "undo a fact's last change", r -> undo(r.arguments(), r.by())),
                admin("unanswered", "", "what the bot could not answer", r -> unanswered()),
                admin("teach", "INTENT question", "teach a question and retrain",
                        r -> teach(r.arguments(), r.by(), r.whenLive())),
                admin("export", "", "the facts as JSON", r -> export()),
                admin("why", "(replying to an answer)", "which unit and paragraph an answer came from, and why",
                        r -> why(r.repliedTo())),
                admin("edit", "NEW TEXT (replying to an answer)", "change that answer's unit",
                        r -> edit(r.repliedTo(), r.arguments(), r.by())));
        this.registry = new CommandRegistry<>(commands, admins::isAdmin, wording);
    }

    // An admin command: a fact the admin got wrong (unknown key, too long) is the answer, and every
    // command that ran is logged with the admin's id.
    private static CommandSpec<Request, AdminResponse> admin(String name, String arguments, String description,
                                                             Function<Request, AdminResponse> run) {
        return CommandSpec.forAdmins(name, arguments, description, r -> {
            try {
                AdminResponse response = run.apply(r);
                log.info("admin {} ran /{}", r.userId(), name);
                return response;
            } catch (FactException e) {
                return AdminResponse.text(e.getMessage());
            }
        });
    }

    /** Every admin command, in the order help and menus show them. */
    public List<CommandSpec<Request, AdminResponse>> commands() {
        return commands;
    }

    /** Whether {@code userId} may run admin commands (in a private chat). */
    public boolean isAdmin(long userId) {
        return admins.isAdmin(userId);
    }

    /** The admins known now (from the environment and the database). */
    public Set<Long> adminIds() {
        return admins.all();
    }

    /**
     * Runs an admin command.
     *
     * @param command     the command name, without slash or @bot suffix
     * @param arguments   the rest of the message
     * @param whenLive    told later, once a /teach retraining is live
     */
    public AdminResponse run(long userId, boolean privateChat, String command, String arguments,
                             Consumer<String> whenLive) {
        return run(userId, privateChat, command, arguments, null, whenLive);
    }

    /**
     * Runs an admin command that may reply to one of the bot's messages.
     *
     * @param repliedTo the message the command replies to, or null
     */
    public AdminResponse run(long userId, boolean privateChat, String command, String arguments, RepliedTo repliedTo,
                             Consumer<String> whenLive) {
        CommandSpec<Request, AdminResponse> spec = registry.find(command).orElse(null);
        if (spec == null) {
            return AdminResponse.text(wording.say("command.unknown_admin", Map.of("command.name", command)));
        }
        if (!registry.admits(spec, new Caller(userId, privateChat))) {
            return AdminResponse.text(registry.refusal(spec));
        }
        return spec.handler().apply(new Request(userId, arguments, repliedTo, whenLive));
    }

    private AdminResponse listFacts(String filter) {
        String f = filter.toLowerCase(Locale.ROOT);
        List<String> lines = facts.list("").stream()
                .filter(fact -> f.isEmpty() || fact.key().contains(f) || fact.intent().contains(f))
                .map(fact -> fact.key() + " = " + fact.value())
                .toList();
        if (lines.isEmpty()) {
            return AdminResponse.text(wording.say("command.no_fact_matches", Map.of("facts.filter", filter)));
        }
        return new AdminResponse(pages(lines), null);
    }

    private AdminResponse showFact(String key) {
        if (key.isEmpty()) {
            return usage("/fact KEY", "/fact location.place");
        }
        Fact fact = facts.get(key).orElseThrow(() -> facts.unknown(key));
        StringBuilder s = new StringBuilder();
        s.append(fact.key()).append(" = ").append(fact.value()).append('\n');
        s.append("intent: ").append(fact.intent()).append('\n');
        s.append("article paragraph: ").append(fact.paragraphId() == null ? "none" : fact.paragraphId()).append('\n');
        units.unit(key).ifPresent(u -> s.append("answer unit: ").append(u.kind()).append(", answers ")
                .append(u.types().stream().map(AnswerType::label).sorted().collect(Collectors.joining(", ")))
                .append("; ").append(u.examples().size()).append(" example questions")
                .append(u.learned().isEmpty() ? "" : " and " + u.learned().size() + " learned").append('\n'));
        List<FactChange> changes = facts.history(key);
        if (changes.isEmpty()) {
            s.append("unchanged since it was seeded from the article");
        } else {
            s.append("last changes:");
            changes.subList(Math.max(0, changes.size() - HISTORY_SHOWN_IN_FACT), changes.size())
                    .forEach(c -> s.append('\n').append(c.describe()));
        }
        return new AdminResponse(pages(List.of(s.toString().split("\n"))), null);
    }

    private AdminResponse set(String args, String by) {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return usage("/set KEY VALUE", "/set location.place Russky Island, Vladivostok");
        }
        FactChange c = facts.set(parts[0], parts[1], by);
        return AdminResponse.text(c.key() + " is now: " + c.newValue() + "\n(was: " + c.oldValue() + ")");
    }

    private AdminResponse add(String args, String by) {
        String[] parts = args.split("\\s+", 3);
        if (parts.length < 3) {
            return usage("/add INTENT KEY VALUE", "/add location location.venue Far Eastern Federal University");
        }
        if (!intents.contains(parts[0])) {
            return unknownIntent(parts[0]);
        }
        FactChange c = facts.add(parts[0], parts[1], parts[2], by);
        return AdminResponse.text("Added " + c.key() + " = " + c.newValue() + " to " + parts[0] + ".");
    }

    private AdminResponse alias(String args) {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[0].isEmpty()) {
            return usage("/alias PERSON ALIAS", "/alias xi_jinping Chairman Xi");
        }
        Person p = people.addAlias(parts[0], parts[1]);
        return AdminResponse.text("\"" + parts[1].strip() + "\" now names " + p.name() + ".");
    }

    private AdminResponse history(String key) {
        if (key.isEmpty()) {
            return usage("/history KEY", "/history location.place");
        }
        List<FactChange> changes = facts.history(key);
        if (changes.isEmpty()) {
            return AdminResponse.text(key + " is unchanged since it was seeded from the article.");
        }
        return new AdminResponse(pages(changes.stream().map(FactChange::describe).toList()), null);
    }

    private AdminResponse undo(String key, String by) {
        if (key.isEmpty()) {
            return usage("/undo KEY", "/undo location.place");
        }
        FactChange c = facts.undo(key, by);
        return AdminResponse.text(c.newValue() == null ? "Removed " + key + "." : key + " is back to: " + c.newValue());
    }

    private AdminResponse unanswered() {
        List<UnansweredLog.Summary> top = unanswered.mostFrequent(UNANSWERED_SHOWN);
        if (top.isEmpty()) {
            return AdminResponse.text(wording.say("command.no_unanswered", Map.of()));
        }
        List<String> lines = new ArrayList<>();
        List<AdminResponse.Teachable> teachable = new ArrayList<>();
        for (UnansweredLog.Summary s : top) {
            String chosen = s.chosenIntent() == null || !intents.contains(s.chosenIntent()) ? ""
                    : String.format(Locale.ROOT, "; users chose %s: /teach %s %s", s.chosenIntent(), s.chosenIntent(),
                    s.text());
            lines.add(String.format(Locale.ROOT, "%d× \"%s\" (best guess: %s %.2f%s)", s.count(), s.text(),
                    s.bestIntent(), s.confidence(), chosen));
            if (!chosen.isEmpty() && s.text().length() <= MAX_TAUGHT) {
                teachable.add(new AdminResponse.Teachable(s.id(), s.text(), s.chosenIntent()));
            }
        }
        return new AdminResponse(pages(lines), null, teachable);
    }

    private AdminResponse teach(String args, String by, Consumer<String> whenLive) {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return usage("/teach INTENT question", "/teach location where do the two leaders sit down");
        }
        if (!intents.contains(parts[0])) {
            return unknownIntent(parts[0]);
        }
        String question = parts[1].strip();
        if (question.length() > MAX_TAUGHT) {
            return AdminResponse.text(wording.say("command.teach_too_long", Map.of("teach.limit", String.valueOf(MAX_TAUGHT))));
        }
        teacher.teach(parts[0], question, by, whenLive);
        return AdminResponse.retraining(wording.say("command.teach_started",
                Map.of("question.text", question, "question.intent", parts[0])));
    }

    /**
     * The one-tap teach of a question users placed in a topic (a button under /unanswered): teaches
     * recorded question {@code id} as the topic they chose, for admins in a private chat only.
     */
    public AdminResponse teachRecorded(long userId, boolean privateChat, long id, Consumer<String> whenLive) {
        // The button is /teach in one tap: whoever may not run /teach may not press it.
        CommandSpec<Request, AdminResponse> teach = registry.find("teach").orElseThrow();
        if (!registry.admits(teach, new Caller(userId, privateChat))) {
            return AdminResponse.text(registry.refusal(teach));
        }
        Optional<UnansweredLog.Summary> recorded = unanswered.byId(id);
        if (recorded.isEmpty() || recorded.get().chosenIntent() == null) {
            return AdminResponse.text(wording.say("command.teach_gone", Map.of()));
        }
        log.info("admin {} taught a recorded question with one tap", userId);
        return teach.handler().apply(new Request(userId, recorded.get().chosenIntent() + " " + recorded.get().text(),
                null, whenLive));
    }

    private AdminResponse why(RepliedTo repliedTo) {
        SentAnswers.Sent answer = answerRepliedTo(repliedTo);
        StringBuilder s = new StringBuilder();
        s.append("Question: ").append(answer.question()).append('\n');
        s.append("Topic: ").append(answer.intent()).append('\n');
        for (String key : answer.units()) {
            Optional<AnswerUnit> unit = units.unit(key);
            if (unit.isEmpty()) {
                s.append("Unit ").append(key).append(": no longer exists\n");
                continue;
            }
            AnswerUnit u = unit.get();
            s.append("Unit ").append(key).append(" (").append(u.kind()).append("): ").append(u.text()).append('\n');
            String paragraph = u.paragraphId() == null ? "none (added by an admin)"
                    : u.paragraphId() + ": " + shorten(units.paragraph(u.paragraphId()).orElse("?"));
            s.append("Paragraph ").append(paragraph).append('\n');
        }
        s.append("Chosen by: ").append(answer.detail()).append('\n');
        s.append("Change it: reply /edit NEW TEXT, or /set ").append(answer.units().get(0)).append(" NEW TEXT");
        return new AdminResponse(pages(List.of(s.toString().split("\n"))), null);
    }

    private AdminResponse edit(RepliedTo repliedTo, String text, String by) {
        if (text.isEmpty()) {
            return usage("/edit NEW TEXT (as a reply to one of my answers)",
                    "/edit The Kim-Putin meeting is taking place on Russky Island, Vladivostok.");
        }
        SentAnswers.Sent answer = answerRepliedTo(repliedTo);
        FactChange c = facts.set(answer.units().get(0), text, by);
        return AdminResponse.text(c.key() + " is now: " + c.newValue() + "\n(was: " + c.oldValue() + ")\nUndo: /undo "
                + c.key());
    }

    private SentAnswers.Sent answerRepliedTo(RepliedTo repliedTo) {
        if (repliedTo == null) {
            throw new FactException(wording.say("command.reply_needed", Map.of()));
        }
        return sent.find(repliedTo.chatId(), repliedTo.messageId()).filter(a -> !a.units().isEmpty())
                .orElseThrow(() -> new FactException(wording.say("command.no_record", Map.of())));
    }

    private static String shorten(String text) {
        return text.length() <= PARAGRAPH_SHOWN ? text : text.substring(0, PARAGRAPH_SHOWN - 1) + "…";
    }

    private AdminResponse export() {
        byte[] json = new FactDocument().export(facts.list("")).getBytes(StandardCharsets.UTF_8);
        return new AdminResponse(List.of("All facts as JSON."), new AdminResponse.Document("summit-facts.json", json));
    }

    private AdminResponse unknownIntent(String name) {
        return AdminResponse.text(wording.say("command.unknown_intent",
                Map.of("intent.name", name, "intent.list", String.join(", ", intents.stream().sorted().toList()))));
    }

    private AdminResponse usage(String form, String example) {
        return AdminResponse.text(wording.say("command.usage", Map.of("command.usage", form, "command.example", example)));
    }

    /** Joins lines into messages that each fit under Telegram's limit; a too-long line is cut. */
    static List<String> pages(List<String> lines) {
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String raw : lines) {
            String line = raw.length() > PAGE_LIMIT ? raw.substring(0, PAGE_LIMIT - 1) + "…" : raw;
            if (page.length() + line.length() + 1 > PAGE_LIMIT) {
                pages.add(page.toString());
                page.setLength(0);
            }
            if (page.length() > 0) {
                page.append('\n');
            }
            page.append(line);
        }
        if (page.length() > 0) {
            pages.add(page.toString());
        }
        return pages;
    }

}
