package summitbot.facts;

import java.util.List;

/** A refused fact operation (unknown key, bad value, nothing to undo), with a message fit for the user. */
public class FactException extends RuntimeException {
    private final List<String> suggestions;

    public FactException(String message) {
        this(message, List.of());
    }

    public FactException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    /** Closest existing keys, for an unknown key. */
    public List<String> suggestions() {
        return suggestions;
    }
}
