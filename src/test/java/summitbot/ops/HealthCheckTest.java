package summitbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.MovableClock;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.HealthProbe;
import summitbot.nlp.LiveClassifier;

/** The health rules on their own: the poll loop's 90 s, before polling starts, and the model's generation. */
class HealthCheckTest {
    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void beforeThePollLoopStartsTheBotIsNotYetHealthy() {
        try (Database db = TestCore.database(dir)) {
            HealthCheck.Report r = new HealthCheck(clock, () -> null, new HealthProbe(db, Duration.ofSeconds(1), clock),
                    new LiveClassifier(TestCore.classifier())).check();

            assertThat(r.healthy()).isFalse();
            assertThat(r.text()).startsWith("unavailable\n").contains("poll: not polling");
        }
    }

    @Test
    void ninetySecondsSinceTelegramAnsweredIsStillHealthyAndOneMoreIsNot() {
        Instant polled = clock.instant();
        try (Database db = TestCore.database(dir)) {
            LiveClassifier live = new LiveClassifier(TestCore.classifier());
            HealthCheck health = new HealthCheck(clock, () -> polled, new HealthProbe(db, Duration.ofSeconds(1), clock),
                    live);
            live.replace(TestCore.classifier());

            clock.advance(Duration.ofSeconds(90));
            HealthCheck.Report at90 = health.check();
            clock.advance(Duration.ofSeconds(1));
            HealthCheck.Report at91 = health.check();

            assertThat(at90.healthy()).isTrue();
            assertThat(at90.text()).contains("poll: ok, Telegram answered 90 s ago", "model: ok, generation 2");
            assertThat(at91.healthy()).isFalse();
            assertThat(at91.text()).contains("poll: no answer from Telegram for 91 s (limit 90 s)");
        }
    }
}
