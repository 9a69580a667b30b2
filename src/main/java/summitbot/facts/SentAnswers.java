package summitbot.facts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * Which answer units each message the bot sent came from, kept for a week, so an admin who replies
 * to an answer with /why or /edit reaches the unit behind it.
 */
public final class SentAnswers {
    /** One sent answer. {@code units} are unit keys, the main one first. */
    public record Sent(long chatId, long messageId, String question, String intent, List<String> units,
                       String detail, String sentAt) {
    }

    private static final int MAX_QUESTION = 300;
    private final Database db;

    public SentAnswers(Database db) {
        this.db = db;
    }

    /** Records a sent answer, and forgets those older than a week. */
    public void record(long chatId, long messageId, String question, String intent, List<String> units,
                       String detail) {
        String q = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO sent_answer (chat_id, message_id, question, intent, units, detail)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, chatId);
                ps.setLong(2, messageId);
                ps.setString(3, q);
                ps.setString(4, intent);
                ps.setString(5, String.join(",", units));
                ps.setString(6, detail);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM sent_answer WHERE sent_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-7 days')")) {
                return ps.executeUpdate();
            }
        });
    }

    public Optional<Sent> find(long chatId, long messageId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT question, intent, units, detail, sent_at FROM sent_answer"
                            + " WHERE chat_id = ? AND message_id = ?"
                            + " AND sent_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-7 days')")) {
                ps.setLong(1, chatId);
                ps.setLong(2, messageId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String units = rs.getString(3);
                    return Optional.of(new Sent(chatId, messageId, rs.getString(1), rs.getString(2),
                            units.isEmpty() ? List.of() : List.of(units.split(",")), rs.getString(4),
                            rs.getString(5)));
                }
            }
        });
    }
}
