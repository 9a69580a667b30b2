package summitbot.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The bot's secret token. {@link #toString()} never shows it, and {@link #redact(String)} masks it
 * (raw or URL-encoded) in any text before that text reaches a log line or an error message.
 */
public final class BotToken {
    private static final String MASK = "<token>";
    private final String value;
    private final String encoded;

    public BotToken(String value) {
        String v = Objects.requireNonNull(value, "token").strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("the bot token is empty");
        }
        this.value = v;
        this.encoded = URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /** The secret itself: only for building requests. */
    public String reveal() {
        return value;
    }

    /** {@code text} with every occurrence of the token replaced by a mask. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace(value, MASK);
        return encoded.equals(value) ? out : out.replace(encoded, MASK);
    }

    /** A one-line, masked description of a failure, for logs and user-facing errors. */
    public String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 300; t = t.getCause()) {
            String m = t.getMessage();
            if (sb.length() > 0) {
                sb.append(": ");
            }
            sb.append(m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
            if (t.getCause() == t) {
                break;
            }
        }
        String line = redact(sb.toString());
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
