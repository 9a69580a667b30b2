package summitbot.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every slash command of a door, each declared once ({@link CommandSpec}), in the order menus and
 * help show them. Dispatch ({@link #find}), who may run what ({@link #admits}), help, the command
 * menus and the hint for an unknown command all derive from it.
 */
public final class CommandRegistry<C, R> {
    /** The template of what anyone but an admin in a private chat hears for an admin command. */
    public static final String ADMINS_ONLY = "command.admins_only";
    /** The template of what a private-only command says in a group. */
    public static final String PRIVATE_ONLY = "command.private_only";
    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    private final Map<String, CommandSpec<C, R>> byName = new LinkedHashMap<>();
    private final LongPredicate isAdmin;
    private final Wording wording;

    /**
     * @param isAdmin whether a Telegram user id belongs to an admin
     * @param wording the reply templates refusals are read from
     */
    public CommandRegistry(List<CommandSpec<C, R>> specs, LongPredicate isAdmin, Wording wording) {
        this.isAdmin = isAdmin;
        this.wording = wording;
        for (CommandSpec<C, R> s : specs) {
            if (byName.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("command /" + s.name() + " is declared twice");
            }
        }
    }

    /** The command called {@code name} (any case, without the slash), if there is one. */
    public Optional<CommandSpec<C, R>> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether {@code caller} may run {@code spec}: admin commands need an admin, private-only
     * commands a private chat. A refusal is logged with the user id.
     */
    public boolean admits(CommandSpec<?, ?> spec, Caller caller) {
        boolean adminOk = spec.audience() != Audience.ADMIN || isAdmin.test(caller.userId());
        boolean placeOk = !spec.privateOnly() || caller.privateChat();
        if (!adminOk || !placeOk) {
            log.warn("refused {} command /{} from user {} ({})", spec.audience() == Audience.ADMIN ? "admin" : "the",
                    spec.name(), caller.userId(), adminOk ? "not a private chat" : "not an admin");
        }
        return adminOk && placeOk;
    }

    /** What {@code caller} hears when {@link #admits} says no. */
    public String refusal(CommandSpec<?, ?> spec) {
        return wording.say(spec.audience() == Audience.ADMIN ? ADMINS_ONLY : PRIVATE_ONLY, Map.of("command.name", spec.name()));
    }

    /** The commands a menu shows to {@code audience}: users see theirs, admins everything. */
    public List<CommandSpec<C, R>> menu(Audience audience) {
        return byName.values().stream().filter(s -> audience == Audience.ADMIN || s.audience() == Audience.USER)
                .toList();
    }

    /** The commands of exactly {@code audience}, one a line: {@code /set KEY VALUE - change a fact}. */
    public String help(Audience audience) {
        return byName.values().stream().filter(s -> s.audience() == audience)
                .map(s -> s.usage() + " - " + s.description())
                .collect(Collectors.joining("\n"));
    }

    /** The users' commands as a hint: {@code /start, /help, /topics or /source}. */
    public String hint() {
        List<String> names = byName.values().stream().filter(s -> s.audience() == Audience.USER)
                .map(s -> "/" + s.name()).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
