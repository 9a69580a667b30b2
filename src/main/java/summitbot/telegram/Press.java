package summitbot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an inline button asks for when pressed. Its callback data is {@code kind:value}, at most
 * the 64 bytes Telegram carries: a topic ({@code topic:location}), a choice after "did you mean"
 * ({@code pick:location}, or {@code pick:} for "something else"), a related question's answer
 * unit ({@code unit:laborers.peak}), or an admin's one-tap teach of a recorded question
 * ({@code teach:42}).
 */
public record Press(Kind kind, String value) {
    /** Telegram's limit on callback data. */
    static final int MAX_DATA_BYTES = 64;

    /** The kinds of buttons, each with its prefix. */
    public enum Kind {
        TOPIC("topic"), PICK("pick"), UNIT("unit"), TEACH("teach");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    /** The press that {@code data} stands for, or empty for data this bot never sends. */
    public static Optional<Press> parse(String data) {
        if (data == null) {
            return Optional.empty();
        }
        for (Kind k : Kind.values()) {
            if (data.startsWith(k.prefix + ":")) {
                return Optional.of(new Press(k, data.substring(k.prefix.length() + 1)));
            }
        }
        return Optional.empty();
    }

    /** The callback data of this press. */
    public String data() {
        return kind.prefix + ":" + value;
    }

    /** A button that sends this press, or empty when its data would be longer than Telegram allows. */
    Optional<Outgoing.Button> button(String label) {
        return data().getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES ? Optional.empty()
                : Optional.of(new Outgoing.Button(label, data()));
    }
}
