package summitbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a chat floods the bot, judged by when its messages were sent (their own dates), not by
 * when they arrive: thirty questions typed 30 s apart while the bot was down arrive together but
 * are no flood. Thread-safe.
 */
final class FloodGuard {
    private static final int MAX_CHATS = 100_000;
    private final int limit;
    private final long windowSeconds;
    private final Map<Long, Deque<Long>> sent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Deque<Long>> eldest) {
            return size() > MAX_CHATS;
        }
    };

    /** More than {@code limit} messages sent within {@code windowSeconds} is a flood. */
    FloodGuard(int limit, long windowSeconds) {
        this.limit = limit;
        this.windowSeconds = windowSeconds;
    }

    /** Counts a message of {@code chatId} sent at {@code epochSecond}; whether the chat now floods. */
    synchronized boolean flooding(long chatId, long epochSecond) {
        Deque<Long> dates = sent.computeIfAbsent(chatId, k -> new ArrayDeque<>());
        dates.addLast(epochSecond);
        dates.removeIf(d -> d <= epochSecond - windowSeconds);
        while (dates.size() > limit + 1) {
            dates.removeFirst();
        }
        return dates.size() > limit;
    }
}
