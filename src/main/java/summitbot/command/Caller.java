package summitbot.command;

/** Who runs a command ({@code userId}, 0 if unknown) and whether in a private chat with the bot. */
public record Caller(long userId, boolean privateChat) {
}
