package summitbot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Decides when the next message to a chat may go out. A token bucket per chat (steady rate with
 * short bursts) and exact sliding windows per group and for the whole bot, because "20 per
 * minute" must hold in every minute, which a bucket refilled continuously would not guarantee.
 * Thread-safe; time comes from an injected nanosecond ticker so tests need no sleeping.
 */
public final class SendRateLimiter {
    private static final int MAX_TRACKED_CHATS = 100_000;
    private static final long SECOND = 1_000_000_000L;

    private final RateLimits limits;
    private final LongSupplier nanoTime;
    private final Map<Long, Bucket> chats = lru();
    private final Map<Long, Window> groups = lru();
    private final Window total;

    public SendRateLimiter(RateLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.total = new Window(Math.max(1, limits.totalPerSecond()), SECOND);
    }

    /**
     * Takes a send slot for {@code chatId} if one is free now and returns 0; otherwise takes
     * nothing and returns how many nanoseconds to wait before asking again.
     */
    public synchronized long tryAcquire(long chatId, boolean group) {
        if (!limits.enabled()) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = chats.computeIfAbsent(chatId, k -> new Bucket(limits.perChatBurst(), now));
        Window groupWindow = group
                ? groups.computeIfAbsent(chatId, k -> new Window(limits.perGroupPerMinute(), 60 * SECOND))
                : null;
        long wait = Math.max(bucket.waitNanos(now), total.waitNanos(now));
        if (groupWindow != null) {
            wait = Math.max(wait, groupWindow.waitNanos(now));
        }
        if (wait > 0) {
            return wait;
        }
        bucket.take();
        total.take();
        if (groupWindow != null) {
            groupWindow.take();
        }
        return 0;
    }

    /** Tells the limiter that a request whose slot was taken for {@code chatId} has finished (sent or not). */
    public synchronized void finished(long chatId, boolean group) {
        if (!limits.enabled()) {
            return;
        }
        long now = nanoTime.getAsLong();
        total.finished(now);
        Window groupWindow = group ? groups.get(chatId) : null;
        if (groupWindow != null) {
            groupWindow.finished(now);
        }
    }

    private static <V> Map<Long, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > MAX_TRACKED_CHATS;
            }
        };
    }

    private final class Bucket {
        private final double capacity;
        private final double perNano = limits.perChatPerSecond() / SECOND;
        private double tokens;
        private long updated;

        Bucket(int capacity, long now) {
            this.capacity = Math.max(1, capacity);
            this.tokens = this.capacity;
            this.updated = now;
        }

        long waitNanos(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
        }

        void take() {
            tokens -= 1;
        }
    }

    /**
     * The last {@code limit} messages within {@code period}, each counted from when its request
     * finished (until then it counts as just sent): a message reaches Telegram no later than its
     * request finishes, so a new one may start only a period after an old one finished, and no
     * period at the receiver holds more than {@code limit}.
     */
    private static final class Window {
        private static final long IN_FLIGHT = Long.MAX_VALUE;
        private static final long POLL = 20_000_000L;
        private final int limit;
        private final long period;
        private final List<long[]> sent = new ArrayList<>();

        Window(int limit, long period) {
            this.limit = limit;
            this.period = period;
        }

        long waitNanos(long now) {
            sent.removeIf(t -> t[0] != IN_FLIGHT && now - t[0] >= period);
            if (sent.size() < limit) {
                return 0;
            }
            long oldest = sent.stream().mapToLong(t -> t[0]).min().orElse(now);
            return oldest == IN_FLIGHT ? POLL : oldest + period - now;
        }

        void take() {
            sent.add(new long[] {IN_FLIGHT});
        }

        void finished(long now) {
            for (long[] t : sent) {
                if (t[0] == IN_FLIGHT) {
                    t[0] = now;
                    return;
                }
            }
        }
    }
}
