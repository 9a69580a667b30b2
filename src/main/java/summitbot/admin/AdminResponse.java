package summitbot.admin;

import java.util.List;

/**
 * What an admin command answers: one or more text messages, possibly a document to send,
 * questions users placed in a topic that the admin can teach with one tap, and whether a
 * retraining started that will be reported later (a door may show that it is busy meanwhile).
 */
public record AdminResponse(List<String> messages, Document document, List<Teachable> teachable, boolean retraining) {
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

    public AdminResponse(List<String> messages, Document document, List<Teachable> teachable) {
        this(messages, document, teachable, false);
    }

    public AdminResponse(List<String> messages, Document document) {
        this(messages, document, List.of());
    }

    static AdminResponse text(String message) {
        return new AdminResponse(List.of(message), null);
    }

    static AdminResponse retraining(String message) {
        return new AdminResponse(List.of(message), null, List.of(), true);
    }
}
