package summitbot.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each conversation last asked about (intent, person and answer unit), kept for a while so follow-ups
 * like "and with Moon?" are understood. Bounded: the least recently used conversations go first.
 */
public final class ConversationMemory {
    /**
     * The last topic of one conversation, the person it was about and the answer unit that
     * answered it (null when none did); the last answer that listed things, while the user picks
     * from it ("the first one", "and the second?"); after a clarifying question, the question it
     * asked about and the topics it offered; the last question asked (null before one is kept).
     */
    public record Context(String intent, String personId, String unit, String list, Pending pending, String asked,
                          Instant at) {
    }

    /** A question the bot asked about: which of {@code choices} (intents, in order) was meant. */
    public record Pending(String question, List<String> choices) {
        public Pending {
            choices = List.copyOf(choices);
        }
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
        remember(conversation, intent, personId, unit, null);
    }

    /** Remembers the last answer, and the answer that listed what the user may pick from ({@code list}). */
    public synchronized void remember(String conversation, String intent, String personId, String unit, String list) {
        contexts.put(conversation, new Context(intent, personId, unit, list, null, null, clock.instant()));
    }

    /** Keeps the conversation's topic and person, and that the bot asked which topic {@code pending} meant. */
    public synchronized void rememberQuestion(String conversation, Pending pending) {
        Context before = contexts.get(conversation);
        contexts.put(conversation, before == null
                ? new Context(summitbot.nlp.ScopeGate.OUT_OF_SCOPE, null, null, null, pending, null, clock.instant())
                : new Context(before.intent(), before.personId(), before.unit(), before.list(), pending,
                        before.asked(), clock.instant()));
    }

    /** Keeps {@code question} as the last one asked in a conversation the bot remembers ("who is then?" repeats it). */
    public synchronized void rememberAsked(String conversation, String question) {
        Context before = contexts.get(conversation);
        if (before != null) {
            contexts.put(conversation, new Context(before.intent(), before.personId(), before.unit(), before.list(),
                    before.pending(), question, before.at()));
        }
    }
}
