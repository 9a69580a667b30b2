package summitbot.command;

/** Who may run a command: anyone, or only the bot's admins. */
public enum Audience {
    USER,
    ADMIN
}
