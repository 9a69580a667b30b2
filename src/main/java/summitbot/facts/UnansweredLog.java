package summitbot.facts;

import summitbot.nlp.AliasText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions that fell to out-of-scope or low confidence, for admins to review. Records the text,
 * the chat type, the time and the classifier's scores, and never who asked. Recording is off the
 * reply path: {@link #record} and {@link #chosen} queue the write and return, a writer thread
 * stores them in batches, reads see everything queued before them, and {@link #close()} stores
 * what is still queued.
 */
public final class UnansweredLog implements AutoCloseable {
    /** One recorded question. */
    public record Entry(String text, String chatType, String bestIntent, double confidence, String runnerUp,
                        double runnerUpConfidence) {
    }

    /**
     * A question as admins review it: how often it was asked, the latest best guess, and the topic
     * users last chose for it after "did you mean...?" (null if none); {@code id} its latest record.
     */
    public record Summary(long id, String text, int count, String bestIntent, double confidence, String lastAsked,
                          String chosenIntent) {
    }

    private static final int MAX_TEXT = 1000;
    // A burst of declined questions while the database is locked waits here; beyond it, some are dropped.
    private static final int MAX_QUEUED = 10_000;
    private final Database db;
    private final WriteBehind writes;

    public UnansweredLog(Database db) {
        this.db = db;
        this.writes = new WriteBehind(db, "unanswered questions", MAX_QUEUED);
    }

    /** Queues the question to be recorded; returns at once. */
    public void record(Entry e) {
        String text = e.text().length() > MAX_TEXT ? e.text().substring(0, MAX_TEXT) : e.text();
        writes.add(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO unanswered (text, normalised, chat_type, best_intent, confidence, runner_up,"
                            + " runner_up_confidence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, text);
                // Normalised on the writer's thread: the asker waits for nothing but the queue.
                ps.setString(2, AliasText.normalise(text));
                ps.setString(3, e.chatType());
                ps.setString(4, e.bestIntent());
                ps.setDouble(5, e.confidence());
                ps.setString(6, e.runnerUp());
                ps.setDouble(7, e.runnerUpConfidence());
                ps.executeUpdate();
            }
        });
    }

    /**
     * Queues the record that a user, asked "did you mean...?" about {@code question}, chose
     * {@code intent} (after the question's own record, which it updates).
     */
    public void chosen(String question, String intent) {
        String text = question.length() > MAX_TEXT ? question.substring(0, MAX_TEXT) : question;
        writes.add(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE unanswered SET chosen_intent = ? WHERE id ="
                    + " (SELECT max(id) FROM unanswered WHERE normalised = ?)")) {
                ps.setString(1, intent);
                ps.setString(2, AliasText.normalise(text));
                ps.executeUpdate();
            }
        });
    }

    /** Waits until every question queued so far is stored. */
    public void flush() {
        writes.flush();
    }

    /** Stores what is still queued and stops the writer. */
    @Override
    public void close() {
        writes.close();
    }

    /** The question recorded as {@code id} and the topic users chose for it, if they did. */
    public java.util.Optional<Summary> byId(long id) {
        writes.flush();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT u.id, u.text, 1, u.best_intent, u.confidence, u.asked_at,"
                            + " (SELECT c.chosen_intent FROM unanswered c WHERE c.normalised = u.normalised"
                            + " AND c.chosen_intent IS NOT NULL ORDER BY c.id DESC LIMIT 1)"
                            + " FROM unanswered u WHERE u.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new Summary(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4), rs.getDouble(5), rs.getString(6), rs.getString(7)))
                            : java.util.Optional.<Summary>empty();
                }
            }
        });
    }

    /** The most frequently unanswered questions first (ties: most recent first). */
    public List<Summary> mostFrequent(int limit) {
        writes.flush();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT u.id, u.text, g.n, u.best_intent, u.confidence, u.asked_at,"
                            + " (SELECT c.chosen_intent FROM unanswered c WHERE c.normalised = g.normalised"
                            + " AND c.chosen_intent IS NOT NULL ORDER BY c.id DESC LIMIT 1) FROM"
                            + " (SELECT normalised, count(*) AS n, max(id) AS last FROM unanswered GROUP BY normalised) g"
                            + " JOIN unanswered u ON u.id = g.last ORDER BY g.n DESC, g.last DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Summary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Summary(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                                rs.getDouble(5), rs.getString(6), rs.getString(7)));
                    }
                }
                return out;
            }
        });
    }
}
