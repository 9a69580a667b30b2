package summitbot.admin;

import java.util.List;

/**
 * What an admin command answers: one or more text messages, possibly a document to send, and
 * questions users placed in a topic that the admin can teach with one tap.
 */
public record AdminResponse(List<String> messages, Document document, List<Teachable> teachable) {
    /** A file to send, e.g. the facts export. */
    public record Document(String fileName, byte[] content) {
    }

    /** A recorded question ({@code id}) and the topic users chose for it: teach it as that topic. */
    public record Teachable(long id, String question, String intent) {
    }

    public AdminResponse {
        messages = List.copyOf(messages);
        teachable = teachable == null ? List.of() : List.copyOf(teachable);
    }

    public AdminResponse(List<String> messages, Document document) {
        this(messages, document, List.of());
    }

    static AdminResponse text(String message) {
        return new AdminResponse(List.of(message), null);
    }
}
