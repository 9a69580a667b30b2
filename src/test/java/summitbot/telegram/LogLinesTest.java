package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * What the console shows of the library's failed polls: one line each, token masked. These tests
 * read the bot's own logback.xml, not the tests' quieter logback-test.xml.
 */
class LogLinesTest {
    @Test
    void aFailedPollIsOneLineWithTheTokenMasked() throws Exception {
        try (ProductionLogging production = new ProductionLogging()) {
            failedPollIsOneLineWithTheTokenMasked();
        }
    }

    private void failedPollIsOneLineWithTheTokenMasked() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger session = context.getLogger(LogMasking.POLL_LOGGER);
        BotToken token = new BotToken(BotHarness.TOKEN);
        LogMasking.install(token);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> appender = (OutputStreamAppender<ILoggingEvent>) session.getAppender("ONE_LINE");
        IOException failure = new IOException("unexpected end of stream on http://127.0.0.1:8081/bot"
                + BotHarness.TOKEN + "/getupdates", new IllegalStateException("deeper\ncause"));
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), session, Level.ERROR,
                "Error received from Telegram GetUpdates Request, retrying in 20 millis...", failure, null);

        String line = new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);

        assertThat(line.strip()).doesNotContain("\n").contains("GetUpdates", "IOException", "unexpected end of stream");
        assertThat(line).doesNotContain("secret_token_value");
    }

    @Test
    void aJsonLineHasTheTokenMaskedToo() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger("summitbot.test.JsonConsole");
        summitbot.ops.ConsoleEncoder json = new summitbot.ops.ConsoleEncoder();
        json.setContext(context);
        json.setFormat("json");
        json.start();
        ch.qos.logback.core.ConsoleAppender<ILoggingEvent> console = new ch.qos.logback.core.ConsoleAppender<>();
        console.setContext(context);
        console.setName("JSON_TEST");
        console.setEncoder(json);
        console.setOutputStream(new java.io.ByteArrayOutputStream());
        console.start();
        logger.addAppender(console);
        try {
            LogMasking.install(new BotToken(BotHarness.TOKEN));
            IOException failure = new IOException("unexpected end of stream on http://127.0.0.1:8081/bot"
                    + BotHarness.TOKEN + "/getupdates");
            LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.ERROR,
                    "getUpdates failed for /bot{}", failure, new Object[] {BotHarness.TOKEN});

            String line = new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);

            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).path("formattedMessage").asText())
                    .startsWith("getUpdates failed for /bot");
            assertThat(line).doesNotContain("secret_token_value").contains("unexpected end of stream");
        } finally {
            logger.detachAppender(console);
            console.stop();
        }
    }

    @Test
    void atDebugAFailedPollKeepsItsStackTrace() throws Exception {
        try (ProductionLogging production = new ProductionLogging()) {
            failedPollKeepsItsStackTraceAtDebug();
        }
    }

    private void failedPollKeepsItsStackTraceAtDebug() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger session = context.getLogger(LogMasking.POLL_LOGGER);
        Level before = root.getLevel();
        ch.qos.logback.core.Appender<ILoggingEvent> oneLine = session.getAppender("ONE_LINE");
        try {
            root.setLevel(Level.DEBUG);
            LogMasking.pollTracesAtDebug();
            assertThat(session.getAppender("ONE_LINE")).isNull();
            assertThat(session.isAdditive()).isTrue();
        } finally {
            root.setLevel(before);
            if (oneLine != null && session.getAppender("ONE_LINE") == null) {
                session.addAppender(oneLine);
                session.setAdditive(false);
            }
        }
    }

    /** The bot's logback.xml in force until closed, then the tests' configuration again. */
    private static final class ProductionLogging implements AutoCloseable {
        private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

        ProductionLogging() throws JoranException {
            configure("logback.xml");
        }

        @Override
        public void close() throws JoranException {
            configure("logback-test.xml");
        }

        private void configure(String resource) throws JoranException {
            context.reset();
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogLinesTest.class.getClassLoader().getResource(resource));
        }
    }
}
