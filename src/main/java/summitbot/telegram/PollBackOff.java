package summitbot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;

/** Backoff between failed getUpdates calls: doubling from {@code base} up to {@code max}, no jitter. */
final class PollBackOff implements BackOff {
    private final long baseMillis;
    private final long maxMillis;
    private long next;

    PollBackOff(Duration base, Duration max) {
        this.baseMillis = Math.max(1, base.toMillis());
        this.maxMillis = Math.max(baseMillis, max.toMillis());
        this.next = baseMillis;
    }

    @Override
    public synchronized void reset() {
        next = baseMillis;
    }

    @Override
    public synchronized long nextBackOffMillis() {
        long now = next;
        next = Math.min(maxMillis, next * 2);
        return now;
    }
}
