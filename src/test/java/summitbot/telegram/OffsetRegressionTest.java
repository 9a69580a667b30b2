package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.MovableClock;

/**
 * Telegram restarts update ids at a random value after a week without updates: the bot must not
 * confirm the new, lower ids away unanswered, running or restarted.
 */
class OffsetRegressionTest {
    @TempDir
    Path dir;

    private BotHarness h;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-01T12:00:00Z"));

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void afterAWeekWithoutUpdatesLowerUpdateIdsAreAnsweredNotConfirmedAway() throws Exception {
        h = new BotHarness(dir);
        h.start(h.settings().withClock(clock));
        h.api.pushAs(FakeUpdates.privateText(901, "Where is the summit?"), 5_000);
        assertThat(h.replies(901, 1).get(0).text()).contains("Vladivostok");
        awaitOffset(5_001);

        clock.advance(Duration.ofDays(8));
        int restarted = h.api.pushAs(FakeUpdates.privateText(901, "When is the summit?"), 17);
        h.api.push(FakeUpdates.privateText(901, "How many summits has Kim held with Xi?"));

        List<FakeBotApi.Call> replies = h.replies(901, 3);
        assertThat(replies.get(1).text()).contains("Thursday");
        assertThat(replies.get(2).text()).contains("four summits");
        assertThat(h.bot.inbox().outcome(restarted)).isEqualTo("answered");
        awaitOffset(19);
    }

    @Test
    void aBotRestartedAfterAWeekAlsoPollsWithoutTheOldOffset() throws Exception {
        h = new BotHarness(dir);
        h.start(h.settings().withClock(clock));
        h.api.pushAs(FakeUpdates.privateText(902, "Where is the summit?"), 9_000);
        h.replies(902, 1);
        awaitOffset(9_001);
        h.bot.stop();

        clock.advance(Duration.ofDays(10));
        h.api.pushAs(FakeUpdates.privateText(902, "When is the summit?"), 3);
        h.start(h.settings().withClock(clock));
        assertThat(h.replies(902, 2).get(1).text()).contains("Thursday");
    }

    @Test
    void withinAWeekTheStoredOffsetStands() throws Exception {
        h = new BotHarness(dir);
        h.start(h.settings().withClock(clock));
        h.api.pushAs(FakeUpdates.privateText(903, "Where is the summit?"), 700);
        h.replies(903, 1);
        awaitOffset(701);
        clock.advance(Duration.ofDays(2));
        int polls = h.api.calls("getUpdates").size();
        h.api.await("getUpdates", c -> true, polls + 2, BotHarness.WAIT);
        assertThat(h.api.calls("getUpdates").stream().skip(polls))
                .allSatisfy(c -> assertThat(c.params().path("offset").asInt()).isEqualTo(701));
    }

    private void awaitOffset(int offset) throws InterruptedException {
        long deadline = System.nanoTime() + BotHarness.WAIT.toNanos();
        while (h.bot.inbox().storedOffset() != offset && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(h.bot.inbox().storedOffset()).isEqualTo(offset);
    }
}
