package summitbot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lets a notice go to a chat at most once per interval (e.g. "I can only read text questions"). */
public final class NoticeLimiter {
    private static final int MAX_CHATS = 100_000;
    private final Clock clock;
    private final Duration interval;
    private final Map<Long, Instant> last = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Instant> eldest) {
            return size() > MAX_CHATS;
        }
    };

    public NoticeLimiter(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** True (and remembered) if the chat has not had this notice within the interval. */
    public synchronized boolean allow(long chatId) {
        Instant now = clock.instant();
        Instant previous = last.get(chatId);
        if (previous != null && now.isBefore(previous.plus(interval))) {
            return false;
        }
        last.put(chatId, now);
        return true;
    }
}
