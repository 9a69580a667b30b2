package summitbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console's two formats: the pattern, or one JSON object a line. */
class ConsoleEncoderTest {
    private final LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    private final Logger logger = context.getLogger("summitbot.telegram.TelegramBot");

    private String encode(String format, LoggingEvent event) {
        ConsoleEncoder encoder = new ConsoleEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setPattern("%-5level %logger{0} - %msg%n");
        encoder.start();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void jsonWritesOneObjectALineWithTheFormattedMessage() throws Exception {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "could not record update {} as {} yet", new IllegalStateException("locked"), new Object[] {42, "answered"});

        String line = encode("JSON", event);

        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.path("level").asText()).isEqualTo("WARN");
        assertThat(json.path("loggerName").asText()).isEqualTo("summitbot.telegram.TelegramBot");
        assertThat(json.path("formattedMessage").asText()).isEqualTo("could not record update 42 as answered yet");
        assertThat(json.path("throwable").path("message").asText()).isEqualTo("locked");
        assertThat(json.has("timestamp")).isTrue();
    }

    @Test
    void textIsTheDefaultAndWritesThePattern() {
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "polling from offset {}",
                null, new Object[] {7});

        assertThat(encode("", event)).isEqualTo("INFO  TelegramBot - polling from offset 7\n");
        assertThat(encode("text", event)).isEqualTo("INFO  TelegramBot - polling from offset 7\n");
    }

    @Test
    void onlyTextAndJsonAreFormats() {
        assertThat(ConsoleEncoder.isFormat(null)).isTrue();
        assertThat(ConsoleEncoder.isFormat("Json")).isTrue();
        assertThat(ConsoleEncoder.isFormat("xml")).isFalse();
    }
}
