package summitbot.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import summitbot.facts.HealthProbe;
import summitbot.nlp.LiveClassifier;

/**
 * Whether the bot is fit to serve: its poll loop got an answer from Telegram within the last
 * {@code pollLimit} (a long poll returns within 50 s), the database answers a read and a write,
 * and an intent model is loaded.
 */
public final class HealthCheck {
    /** The rule for the poll loop, as the README states it. */
    public static final Duration POLL_LIMIT = Duration.ofSeconds(90);

    /** The verdict: healthy or not, and one line per check saying what it found. */
    public record Report(boolean healthy, List<String> lines) {
        public Report {
            lines = List.copyOf(lines);
        }

        /** As GET /healthz shows it: {@code ok} or {@code unavailable}, then a line per check. */
        public String text() {
            return (healthy ? "ok" : "unavailable") + "\n" + String.join("\n", lines) + "\n";
        }
    }

    private final Clock clock;
    private final Supplier<Instant> lastPolled;
    private final HealthProbe database;
    private final LiveClassifier model;

    public HealthCheck(Clock clock, Supplier<Instant> lastPolled, HealthProbe database, LiveClassifier model) {
        this.clock = clock;
        this.lastPolled = lastPolled;
        this.database = database;
        this.model = model;
    }

    /** Runs every check (the database's may take as long as its probe's wait). */
    public Report check() {
        List<String> lines = new ArrayList<>();
        boolean healthy = true;

        Instant polled = lastPolled.get();
        if (polled == null) {
            healthy = false;
            lines.add("poll: not polling");
        } else {
            long ago = Math.max(0, Duration.between(polled, clock.instant()).toSeconds());
            boolean fresh = ago <= POLL_LIMIT.toSeconds();
            healthy &= fresh;
            lines.add(fresh ? "poll: ok, Telegram answered " + ago + " s ago"
                    : "poll: no answer from Telegram for " + ago + " s (limit " + POLL_LIMIT.toSeconds() + " s)");
        }

        Optional<String> db = database.problem();
        healthy &= db.isEmpty();
        lines.add(db.map(p -> "database: " + p).orElse("database: ok, read and write"));

        boolean loaded = model.get() != null;
        healthy &= loaded;
        lines.add(loaded ? "model: ok, generation " + model.generation() : "model: no intent model loaded");
        return new Report(healthy, lines);
    }
}
