package summitbot.telegram;

/** What an update asks of the bot, decided by {@link UpdateInterpreter}. */
public sealed interface Action {

    /** Where a reply goes, and which conversation of the core it belongs to. */
    record Where(long chatId, boolean group, Integer replyTo, Integer threadId, String conversationId) {
    }

    /** A question for the core. */
    record Ask(Where where, String text) implements Action {
    }

    /**
     * A slash command addressed to this bot; {@code name} is lower case, without the slash;
     * {@code arguments} is the rest of the message; {@code userId} who sent it (0 if unknown);
     * {@code repliedTo} the id of the message it replies to, if any (for /why and /edit).
     */
    record Command(Where where, String name, String arguments, long userId, Integer repliedTo) implements Action {
        Command(Where where, String name) {
            this(where, name, "", 0, null);
        }
    }

    /**
     * A pressed button: the query is always answered; {@code where} is null when the message the
     * button was on is unknown (then only the query is answered), {@code press} null when its data
     * is not one this bot sends; {@code userId} who pressed it.
     */
    record Callback(String callbackQueryId, Where where, Press press, long userId) implements Action {
    }

    /** Something that is not a text question in a private chat (sticker, photo, edit...). */
    record NotText(long chatId) implements Action {
    }

    /** Nothing to do: other chatter in a group, a bot, a channel post. */
    record Ignore(String reason) implements Action {
    }
}
