package summitbot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import summitbot.facts.Database;

/**
 * The durable record of updates: each batch from getUpdates is stored (with the next offset) in
 * one transaction before the poller asks for more, which is what tells Telegram to forget them.
 * So an update is never lost (it is in SQLite or still at Telegram), and never answered twice
 * (it is looked up by update_id, and marked handled once its reply went out).
 *
 * <p>Methods are synchronized: our writes queue in Java instead of in SQLite's busy handler, whose
 * sleeps would add milliseconds of latency.
 */
public final class UpdateInbox {
    private static final Logger log = LoggerFactory.getLogger(UpdateInbox.class);

    /**
     * How long the inbox waits for the database's write lock: not the 30 s an admin's edit may
     * wait, since the bot has users to answer meanwhile (see {@link TelegramBot}).
     */
    static final java.time.Duration PATIENCE = java.time.Duration.ofMillis(300);

    private final Database db;
    private final long botId;
    private final ObjectMapper mapper;
    private final Clock clock;

    public UpdateInbox(Database db, long botId, ObjectMapper mapper, Clock clock) {
        this.db = db;
        this.botId = botId;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Where polling resumes: one past the highest update stored, or 0 if none. */
    public synchronized int storedOffset() {
        return db.read(c -> offset(c));
    }

    /**
     * Stores the updates not seen before and advances the stored offset past all of them;
     * returns only the new ones, in update_id order. Duplicates are skipped here, so re-served
     * updates are never answered again.
     */
    public synchronized List<Update> accept(List<Update> updates) {
        if (updates.isEmpty()) {
            return List.of();
        }
        List<Update> sorted = new ArrayList<>(updates);
        sorted.sort((a, b) -> Integer.compare(a.getUpdateId(), b.getUpdateId()));
        String now = clock.instant().toString();
        return db.writeWithin(PATIENCE, c -> {
            List<Update> fresh = new ArrayList<>();
            int stored = offset(c);
            // Below the stored offset Telegram serves nothing again, unless it restarted its update
            // ids (it does after a week without updates): then start counting from these.
            boolean restarted = sorted.get(0).getUpdateId() < stored;
            if (restarted) {
                log.warn("update ids went down from {} to {}: Telegram restarted them; forgetting the old ids",
                        stored, sorted.get(0).getUpdateId());
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM telegram_update WHERE bot_id = ? AND handled_at IS NOT NULL")) {
                    ps.setLong(1, botId);
                    ps.executeUpdate();
                }
            }
            int next = restarted ? 0 : stored;
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO telegram_update "
                    + "(bot_id, update_id, payload, received_at) VALUES (?, ?, ?, ?)")) {
                for (Update u : sorted) {
                    next = Math.max(next, u.getUpdateId() + 1);
                    ps.setLong(1, botId);
                    ps.setInt(2, u.getUpdateId());
                    ps.setString(3, json(u));
                    ps.setString(4, now);
                    if (ps.executeUpdate() == 1) {
                        fresh.add(u);
                    } else {
                        log.info("update {} was received before; not answering it again", u.getUpdateId());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO telegram_offset (bot_id, next_offset, "
                    + "received_at) VALUES (?, ?, ?) ON CONFLICT (bot_id) DO UPDATE SET received_at = excluded.received_at, "
                    + "next_offset = " + (restarted ? "excluded.next_offset" : "max(next_offset, excluded.next_offset)"))) {
                ps.setLong(1, botId);
                ps.setInt(2, next);
                ps.setString(3, now);
                ps.executeUpdate();
            }
            return fresh;
        });
    }

    /** When the last update arrived, if any is stored. */
    public synchronized java.util.Optional<java.time.Instant> lastReceived() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT received_at FROM telegram_offset WHERE bot_id = ?")) {
                ps.setLong(1, botId);
                try (ResultSet rs = ps.executeQuery()) {
                    String at = rs.next() ? rs.getString(1) : null;
                    return at == null ? java.util.Optional.<java.time.Instant>empty()
                            : java.util.Optional.of(java.time.Instant.parse(at));
                }
            }
        });
    }

    /** Updates received but not yet handled (after a crash or stop), oldest first. */
    public synchronized List<Update> pending() {
        return db.read(c -> {
            List<Update> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT update_id, payload FROM telegram_update "
                    + "WHERE bot_id = ? AND handled_at IS NULL ORDER BY update_id")) {
                ps.setLong(1, botId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            out.add(mapper.readValue(rs.getString(2), Update.class));
                        } catch (JsonProcessingException e) {
                            log.error("stored update {} cannot be read back; skipping it", rs.getInt(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Records that the first {@code parts} messages of an update's reply went out. */
    public synchronized void partsSent(int updateId, int parts) {
        updateUnhandled(updateId, "parts_sent = ?", parts);
    }

    /** How many messages of an unhandled update's reply already went out (0 if none or unknown). */
    public synchronized int partsSent(int updateId) {
        Integer parts = column(updateId, "parts_sent", rs -> rs.getInt(1));
        return parts == null ? 0 : parts;
    }

    /** Records that an update needs nothing more: answered, ignored, dropped or given up. */
    public synchronized void markHandled(int updateId, String outcome) {
        updateUnhandled(updateId, "handled_at = ?, outcome = ?", clock.instant().toString(), outcome);
    }

    // Sets {@code assignments} (with their values, in order) on an update not yet handled.
    private void updateUnhandled(int updateId, String assignments, Object... values) {
        db.writeWithin(PATIENCE, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE telegram_update SET " + assignments
                    + " WHERE bot_id = ? AND update_id = ? AND handled_at IS NULL")) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.setLong(values.length + 1, botId);
                ps.setInt(values.length + 2, updateId);
                return ps.executeUpdate();
            }
        });
    }

    /** Whether an update is stored and handled (for tests and diagnostics). */
    public synchronized String outcome(int updateId) {
        return column(updateId, "outcome", rs -> rs.getString(1));
    }

    /** What reads one column of a stored update. */
    private interface ColumnReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    // One column of one stored update, or null when it is not stored.
    private <T> T column(int updateId, String name, ColumnReader<T> reader) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + name + " FROM telegram_update WHERE bot_id = ? AND update_id = ?")) {
                ps.setLong(1, botId);
                ps.setInt(2, updateId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? reader.read(rs) : null;
                }
            }
        });
    }

    /**
     * Forgets handled updates older than {@code age}. Safe: they are below the stored offset, so
     * Telegram will not serve them again.
     */
    public synchronized int prune(Duration age) {
        String cutoff = clock.instant().minus(age).toString();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM telegram_update WHERE bot_id = ? "
                    + "AND handled_at IS NOT NULL AND handled_at < ?")) {
                ps.setLong(1, botId);
                ps.setString(2, cutoff);
                return ps.executeUpdate();
            }
        });
    }

    private int offset(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT next_offset FROM telegram_offset WHERE bot_id = ?")) {
            ps.setLong(1, botId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private String json(Update u) throws SQLException {
        try {
            return mapper.writeValueAsString(u);
        } catch (JsonProcessingException e) {
            throw new SQLException("cannot serialise update " + u.getUpdateId(), e);
        }
    }
}
