package summitbot.telegram;

import java.util.List;
import summitbot.facts.Topic;

/**
 * One plain-text message to send (no parse mode, so nothing needs escaping), optionally as a
 * reply and with a keyboard of topics.
 */
public record Outgoing(long chatId, String text, Integer replyToMessageId, Integer threadId, List<Topic> keyboard) {
    /** Telegram's limit on a message's text. */
    public static final int MAX_TEXT = 4096;

    public Outgoing {
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("message text must be 1.." + MAX_TEXT + " characters, was " + text.length());
        }
        keyboard = keyboard == null ? List.of() : List.copyOf(keyboard);
    }
}
