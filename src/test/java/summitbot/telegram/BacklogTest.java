package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backlog is not a flood: floods are judged by when messages were sent, not when they arrive. */
class BacklogTest {
    @TempDir
    java.nio.file.Path dir;

    private BotHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void thirtyQuestionsSentWhileTheBotWasDownAreAllAnsweredAtStart() throws Exception {
        h = new BotHarness(dir);
        long now = System.currentTimeMillis() / 1000;
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(h.api.push(FakeUpdates.sentAt(FakeUpdates.privateText(1001, "Where is the summit?"),
                    now - 900 + 30L * i)));
        }
        h.start(h.settings().withQueues(4, 20, 20_000));

        List<FakeBotApi.Call> replies = h.replies(1001, 30);

        assertThat(replies).hasSize(30).allSatisfy(c -> assertThat(c.text()).contains("Vladivostok"));
        assertThat(h.sentTo(1001)).noneMatch(c -> c.text().contains("slow down"));
        long deadline = System.nanoTime() + BotHarness.WAIT.toNanos();
        while (ids.stream().anyMatch(id -> !"answered".equals(h.bot.inbox().outcome(id)))
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        for (int id : ids) {
            assertThat(h.bot.inbox().outcome(id)).isEqualTo("answered");
        }
    }

    @Test
    void messagesSentSecondsApartAreNoFloodButTwentyOneWithinAMinuteAre() {
        FloodGuard guard = new FloodGuard(20, 60);
        for (int i = 0; i < 30; i++) {
            assertThat(guard.flooding(1, 1_000 + 30L * i)).isFalse();
        }
        for (int i = 0; i < 20; i++) {
            assertThat(guard.flooding(2, 5_000 + i)).isFalse();
        }
        assertThat(guard.flooding(2, 5_020)).isTrue();
        assertThat(guard.flooding(3, 5_020)).as("another chat").isFalse();
    }

    @Test
    void aLaneTakesPastItsCapacityOnlyWhatIsNoFloodAndAlwaysWhatWasStoredBeforeTheStart() throws Exception {
        FairScheduler s = new FairScheduler(1, 2, 1_000);
        try {
            // A job that never finishes keeps the lane busy, so the others queue.
            s.submit(1, () -> FairScheduler.Step.waitNanos(java.util.concurrent.TimeUnit.SECONDS.toNanos(30)));
            s.submit(1, () -> FairScheduler.Step.DONE);
            s.submit(1, () -> FairScheduler.Step.DONE);
            assertThat(s.submit(1, () -> FairScheduler.Step.DONE)).isIn(FairScheduler.Offer.LANE_FULL_FIRST_TIME,
                    FairScheduler.Offer.LANE_FULL);
            assertThat(s.submit(1, () -> FairScheduler.Step.DONE, FairScheduler.Admission.PAST_LANE))
                    .isEqualTo(FairScheduler.Offer.ACCEPTED);
            for (int i = 0; i < 50; i++) {
                assertThat(s.submit(1, () -> FairScheduler.Step.DONE, FairScheduler.Admission.ALWAYS))
                        .isEqualTo(FairScheduler.Offer.ACCEPTED);
            }
        } finally {
            s.shutdown(java.time.Duration.ofMillis(100));
        }
    }
}
