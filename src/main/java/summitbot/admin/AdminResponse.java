package summitbot.admin;

import java.util.List;

/** What an admin command answers: one or more text messages, and possibly a document to send. */
public record AdminResponse(List<String> messages, Document document) {
    /** A file to send, e.g. the facts export. */
    public record Document(String fileName, byte[] content) {
    }

    static AdminResponse text(String message) {
        return new AdminResponse(List.of(message), null);
    }
}
