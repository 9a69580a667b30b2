package summitbot.telegram;

import java.util.List;

/**
 * One plain-text message to send (no parse mode, so nothing needs escaping), optionally as a
 * reply and with a keyboard of buttons (rows of them); with a {@code document}, the file is sent
 * with the text as its caption.
 */
public record Outgoing(long chatId, String text, Integer replyToMessageId, Integer threadId,
                       List<List<Button>> keyboard, Document document, Source source) {
    /** An inline button: what it shows and the callback data a press sends back (at most 64 bytes). */
    public record Button(String label, String data) {
    }

    /** Telegram's limit on a message's text. */
    public static final int MAX_TEXT = 4096;
    /** Telegram's limit on a document's caption. */
    public static final int MAX_CAPTION = 1024;

    /** A file to send. */
    public record Document(String fileName, byte[] content) {
    }

    /** The answer a message carries: remembered once sent, so an admin can ask /why or /edit it. */
    public record Source(String question, String intent, List<String> units, String detail) {
    }

    public Outgoing {
        int max = document == null ? MAX_TEXT : MAX_CAPTION;
        if (text.isEmpty() || text.length() > max) {
            throw new IllegalArgumentException("message text must be 1.." + max + " characters, was " + text.length());
        }
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    public Outgoing(long chatId, String text, Integer replyToMessageId, Integer threadId,
                    List<List<Button>> keyboard) {
        this(chatId, text, replyToMessageId, threadId, keyboard, null, null);
    }

    public Outgoing(long chatId, String text, Integer replyToMessageId, Integer threadId,
                    List<List<Button>> keyboard, Document document) {
        this(chatId, text, replyToMessageId, threadId, keyboard, document, null);
    }
}
