package summitbot.telegram;

/** The bot could not start; the message is one masked line and the exit code says why. */
public final class BotStartException extends Exception {
    /** The token was refused by Telegram (or is missing). */
    public static final int BAD_TOKEN = 2;
    /** The Bot API could not be reached or failed. */
    public static final int UNAVAILABLE = 3;

    private final int exitCode;

    public BotStartException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
