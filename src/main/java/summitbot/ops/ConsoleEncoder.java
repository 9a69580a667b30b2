package summitbot.ops;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.util.Locale;

/**
 * The console's encoder, chosen by {@code SUMMITBOT_LOG_FORMAT} in logback.xml: {@code text}
 * (the default) writes the pattern, one line an event; {@code json} writes Logback's
 * {@link JsonEncoder} lines (time, level, thread, logger, the formatted message, any exception)
 * for a log collector. The token masking wraps either (see LogMasking).
 */
public final class ConsoleEncoder extends EncoderBase<ILoggingEvent> {
    /** The formats {@code SUMMITBOT_LOG_FORMAT} accepts. */
    public static final String TEXT = "text";
    public static final String JSON = "json";

    private String format = TEXT;
    private String pattern;
    private Encoder<ILoggingEvent> delegate;

    /** {@code text} or {@code json}, any case; anything else is refused at start. */
    public void setFormat(String format) {
        this.format = format == null || format.isBlank() ? TEXT : format.strip().toLowerCase(Locale.ROOT);
    }

    /** The pattern of the text format. */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /** Whether {@code value} (of SUMMITBOT_LOG_FORMAT) names a format; unset means text. */
    public static boolean isFormat(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase(TEXT)
                || value.strip().equalsIgnoreCase(JSON);
    }

    /** Whether {@code value} (of SUMMITBOT_LOG_FORMAT) asks for JSON lines. */
    public static boolean isJson(String value) {
        return value != null && value.strip().equalsIgnoreCase(JSON);
    }

    @Override
    public void start() {
        if (JSON.equals(format)) {
            JsonEncoder json = new JsonEncoder();
            // One line an event with what a reader needs; the raw message and its arguments would
            // repeat the formatted message, and the context and sequence numbers say nothing here.
            json.setWithSequenceNumber(false);
            json.setWithNanoseconds(false);
            json.setWithContext(false);
            json.setWithMessage(false);
            json.setWithArguments(false);
            json.setWithFormattedMessage(true);
            delegate = json;
        } else {
            if (!TEXT.equals(format)) {
                addWarn("unknown log format \"" + format + "\": writing text");
            }
            PatternLayoutEncoder text = new PatternLayoutEncoder();
            text.setPattern(pattern);
            delegate = text;
        }
        delegate.setContext(getContext());
        delegate.start();
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return delegate.encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return delegate.footerBytes();
    }
}
