package summitbot.facts;

import summitbot.nlp.AliasText;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions that fell to out-of-scope or low confidence, for admins to review. Records the text,
 * the chat type, the time and the classifier's scores, and never who asked.
 */
public final class UnansweredLog {
    /** One recorded question. */
    public record Entry(String text, String chatType, String bestIntent, double confidence, String runnerUp,
                        double runnerUpConfidence) {
    }

    /** A question as admins review it: how often it was asked, and the latest best guess. */
    public record Summary(String text, int count, String bestIntent, double confidence, String lastAsked) {
    }

    private static final int MAX_TEXT = 1000;
    private final Database db;

    public UnansweredLog(Database db) {
        this.db = db;
    }

    public void record(Entry e) {
        String text = e.text().length() > MAX_TEXT ? e.text().substring(0, MAX_TEXT) : e.text();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO unanswered (text, normalised, chat_type, best_intent, confidence, runner_up,"
                            + " runner_up_confidence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, text);
                ps.setString(2, AliasText.normalise(text));
                ps.setString(3, e.chatType());
                ps.setString(4, e.bestIntent());
                ps.setDouble(5, e.confidence());
                ps.setString(6, e.runnerUp());
                ps.setDouble(7, e.runnerUpConfidence());
                return ps.executeUpdate();
            }
        });
    }

    /** The most frequently unanswered questions first (ties: most recent first). */
    public List<Summary> mostFrequent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT u.text, g.n, u.best_intent, u.confidence, u.asked_at FROM"
                            + " (SELECT normalised, count(*) AS n, max(id) AS last FROM unanswered GROUP BY normalised) g"
                            + " JOIN unanswered u ON u.id = g.last ORDER BY g.n DESC, g.last DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Summary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Summary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getDouble(4),
                                rs.getString(5)));
                    }
                }
                return out;
            }
        });
    }
}
