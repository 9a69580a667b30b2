package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartAndStopTest {
    @TempDir
    Path dir;

    @Test
    void aRestartMidStreamLosesNoUpdateAndAnswersNoneTwice() throws Exception {
        try (BotHarness h = new BotHarness(dir)) {
            // Five messages a second per chat and no burst: the stop finds most of the stream still queued.
            TelegramSettings limited = h.settings().withLimits(new RateLimits(true, 5.0, 1, 20, 30));
            h.start(limited);
            Map<Long, Integer> asked = new HashMap<>();
            for (int i = 0; i < 24; i++) {
                long chat = 901 + i % 4;
                h.api.push(FakeUpdates.privateText(chat, "Where is the summit?"));
                asked.merge(chat, 1, Integer::sum);
            }
            h.api.await("sendMessage", c -> true, 6, BotHarness.WAIT);
            h.bot.stop();
            int beforeRestart = h.api.calls("sendMessage").size();
            assertThat(beforeRestart).isLessThan(24);

            h.start(h.settings());
            h.api.await("sendMessage", c -> true, 24, BotHarness.WAIT);
            Thread.sleep(300);

            for (Map.Entry<Long, Integer> e : asked.entrySet()) {
                assertThat(h.sentTo(e.getKey())).as("replies in chat %d", e.getKey()).hasSize(e.getValue());
            }
        }
    }

    @Test
    void theFirstPollAfterARestartStartsFromTheStoredOffset() throws Exception {
        try (BotHarness h = new BotHarness(dir)) {
            h.start();
            for (int i = 0; i < 3; i++) {
                h.api.push(FakeUpdates.privateText(910, "Where is the summit?"));
            }
            h.replies(910, 3);
            h.bot.stop();
            int polls = h.api.calls("getUpdates").size();

            h.start();
            FakeBotApi.Call firstPoll = h.api.await("getUpdates", c -> true, polls + 1, BotHarness.WAIT).get(polls);

            assertThat(firstPoll.params().path("offset").asInt()).isEqualTo(4);
        }
    }

    @Test
    void stopEndsTheHeldLongPollAndEveryThreadWithinFiveSeconds() throws Exception {
        try (BotHarness h = new BotHarness(dir, Duration.ofSeconds(50))) {
            h.start();
            h.api.push(FakeUpdates.privateText(920, "Where is the summit?"));
            h.replies(920, 1);
            h.api.await("getUpdates", c -> true, 2, BotHarness.WAIT);
            Thread.sleep(100); // the second long poll is now held by the server

            long t0 = System.nanoTime();
            h.bot.stop();
            long millis = (System.nanoTime() - t0) / 1_000_000;

            assertThat(millis).isLessThan(5_000);
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                    && t.getName().startsWith(NamedThreads.PREFIX));
        }
    }
}
