package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairSchedulerTest {

    @Test
    void lanesTakeTurnsSoABusyChatDoesNotStarveAQuietOne() throws Exception {
        FairScheduler s = new FairScheduler(1, 100, 1000);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(5);
        CountDownLatch gate = new CountDownLatch(1);
        s.submit(1, () -> {
            await(gate);
            return FairScheduler.Step.DONE;
        });
        for (int i = 0; i < 4; i++) {
            int n = i;
            s.submit(1, () -> { order.add("busy" + n); done.countDown(); return FairScheduler.Step.DONE; });
        }
        s.submit(2, () -> { order.add("quiet"); done.countDown(); return FairScheduler.Step.DONE; });
        gate.countDown();
        done.await(5, TimeUnit.SECONDS);

        assertThat(order.indexOf("quiet")).isLessThanOrEqualTo(1);
        assertThat(order.stream().filter(o -> o.startsWith("busy")).toList())
                .containsExactly("busy0", "busy1", "busy2", "busy3");
        assertThat(s.shutdown(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void aFullLaneRefusesAndReportsTheFirstOverflowOnce() throws Exception {
        FairScheduler s = new FairScheduler(1, 2, 1000);
        CountDownLatch gate = new CountDownLatch(1);
        s.submit(1, () -> {
            await(gate);
            return FairScheduler.Step.DONE;
        });
        Thread.sleep(50); // the first job is running, so it no longer counts against the lane

        assertThat(s.submit(1, () -> FairScheduler.Step.DONE)).isEqualTo(FairScheduler.Offer.ACCEPTED);
        assertThat(s.submit(1, () -> FairScheduler.Step.DONE)).isEqualTo(FairScheduler.Offer.ACCEPTED);
        assertThat(s.submit(1, () -> FairScheduler.Step.DONE)).isEqualTo(FairScheduler.Offer.LANE_FULL_FIRST_TIME);
        assertThat(s.submit(1, () -> FairScheduler.Step.DONE)).isEqualTo(FairScheduler.Offer.LANE_FULL);
        gate.countDown();
        assertThat(s.shutdown(Duration.ofSeconds(1))).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
