package summitbot.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each conversation last asked about (intent, person and answer unit), kept for a while so follow-ups
 * like "and with Moon?" are understood. Bounded: the least recently used conversations go first.
 */
public final class ConversationMemory {
    /**
     * The last topic of one conversation, the person it was about and the answer unit that
     * answered it (null when none did).
     */
    public record Context(String intent, String personId, String unit, Instant at) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final Map<String, Context> contexts;

    public ConversationMemory(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
        this.contexts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Context> eldest) {
                return size() > ConversationMemory.this.capacity;
            }
        };
    }

    /** Ten minutes of memory for up to 100,000 conversations. */
    public static ConversationMemory standard() {
        return new ConversationMemory(Clock.systemUTC(), Duration.ofMinutes(10), 100_000);
    }

    public synchronized Optional<Context> recall(String conversation) {
        Context c = contexts.get(conversation);
        if (c == null) {
            return Optional.empty();
        }
        if (c.at().plus(ttl).isBefore(clock.instant())) {
            contexts.remove(conversation);
            return Optional.empty();
        }
        return Optional.of(c);
    }

    public synchronized void remember(String conversation, String intent, String personId, String unit) {
        contexts.put(conversation, new Context(intent, personId, unit, clock.instant()));
    }
}
