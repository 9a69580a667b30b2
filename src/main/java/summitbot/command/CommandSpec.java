package summitbot.command;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One slash command, declared once: its name (without the slash), the arguments it takes as shown
 * in help ({@code ""} for none), a short description, who may run it, whether only in a private
 * chat, and what runs it. {@code C} is what the handler is given, {@code R} what it answers.
 */
public record CommandSpec<C, R>(String name, String arguments, String description, Audience audience,
                                boolean privateOnly, Function<C, R> handler) {
    // Telegram's rules for a command in a menu: 1-32 lower-case letters, digits and underscores,
    // a description of 1-256 characters.
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MAX_DESCRIPTION = 256;

    public CommandSpec {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(audience, "audience");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a command name is 1-32 lower-case letters, digits or _: " + name);
        }
        if (description == null || description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("command /" + name + " needs a description of 1-256 characters");
        }
        arguments = arguments == null ? "" : arguments.strip();
    }

    /** A command anyone may run, anywhere. */
    public static <C, R> CommandSpec<C, R> forUsers(String name, String description, Function<C, R> handler) {
        return new CommandSpec<>(name, "", description, Audience.USER, false, handler);
    }

    /** A command only admins may run, and only in a private chat with the bot. */
    public static <C, R> CommandSpec<C, R> forAdmins(String name, String arguments, String description,
                                                     Function<C, R> handler) {
        return new CommandSpec<>(name, arguments, description, Audience.ADMIN, true, handler);
    }

    /** How it is typed, as help shows it: {@code /set KEY VALUE}. */
    public String usage() {
        return arguments.isEmpty() ? "/" + name : "/" + name + " " + arguments;
    }

    /**
     * The same command for another door: {@code via} is given what that door has and this
     * command's handler, runs the handler with what it takes, and turns its answer into what the
     * door sends.
     */
    public <C2, R2> CommandSpec<C2, R2> adapt(BiFunction<C2, Function<C, R>, R2> via) {
        return new CommandSpec<>(name, arguments, description, audience, privateOnly, c -> via.apply(c, handler));
    }
}
