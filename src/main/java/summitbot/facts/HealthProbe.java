package summitbot.facts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether the database answers: a read of the reply templates and a write of one row, the write
 * waiting at most {@code wait} for a lock, so a health check answers in time.
 */
public final class HealthProbe {
    private final Database db;
    private final Duration wait;
    private final Clock clock;

    public HealthProbe(Database db, Duration wait, Clock clock) {
        this.db = db;
        this.wait = wait;
        this.clock = clock;
    }

    /** Empty when the database read and wrote; otherwise what failed, in one line. */
    public Optional<String> problem() {
        try {
            int templates = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM reply_template");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
            if (templates == 0) {
                return Optional.of("the database has no reply templates");
            }
        } catch (RuntimeException e) {
            return Optional.of("cannot read: " + e.getMessage());
        }
        try {
            db.writeWithin(wait, c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE health_probe SET checked_at = ? WHERE id = 1")) {
                    ps.setString(1, clock.instant().toString());
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            return Optional.of("cannot write within " + wait.toMillis() + " ms: " + e.getMessage());
        }
        return Optional.empty();
    }
}
