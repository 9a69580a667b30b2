package summitbot.telegram;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Wraps every console/file appender's encoder so that the bot token is masked in whatever any
 * library logs (URLs, exception messages, stack traces), not only in our own log lines.
 */
public final class LogMasking {
    private LogMasking() {
    }

    /**
     * Masks {@code token} in all output of every logger's appenders (the root's and those of
     * loggers with their own, like the library's one-line poll errors); safe to call more than once.
     */
    public static void install(BotToken token) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        for (Logger logger : context.getLoggerList()) {
            mask(logger, token, context);
        }
    }

    /** The library's poll logger, shown one line per failure (logback.xml) unless the log level is DEBUG. */
    static final String POLL_LOGGER = "org.telegram.telegrambots.longpolling.BotSession";

    /**
     * At DEBUG the library's failed polls keep their whole stack traces: its logger then writes
     * through the root's appenders instead of the one-line one.
     */
    public static void pollTracesAtDebug() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getLevel() != null && !root.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.INFO)) {
            Logger session = context.getLogger(POLL_LOGGER);
            session.detachAppender("ONE_LINE");
            session.setAdditive(true);
        }
    }

    private static void mask(Logger logger, BotToken token, LoggerContext context) {
        for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<ILoggingEvent> appender) {
                Encoder<ILoggingEvent> current = appender.getEncoder();
                if (current != null) {
                    MaskingEncoder masking = new MaskingEncoder(unwrap(current), token);
                    masking.setContext(context);
                    masking.start();
                    appender.setEncoder(masking);
                }
            }
        }
    }

    private static Encoder<ILoggingEvent> unwrap(Encoder<ILoggingEvent> e) {
        return e instanceof MaskingEncoder m ? m.delegate : e;
    }

    /** Encodes with the original encoder, then masks the token in the bytes it produced. */
    static final class MaskingEncoder extends EncoderBase<ILoggingEvent> {
        private final Encoder<ILoggingEvent> delegate;
        private final BotToken token;

        MaskingEncoder(Encoder<ILoggingEvent> delegate, BotToken token) {
            this.delegate = delegate;
            this.token = token;
        }

        @Override
        public byte[] headerBytes() {
            return delegate.headerBytes();
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            byte[] raw = delegate.encode(event);
            String text = new String(raw, StandardCharsets.UTF_8);
            String masked = token.redact(text);
            return masked.equals(text) ? raw : masked.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return delegate.footerBytes();
        }
    }
}
