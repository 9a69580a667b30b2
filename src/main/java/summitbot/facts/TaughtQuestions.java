package summitbot.facts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Questions admins taught the bot with /teach: extra training data kept in the database. */
public final class TaughtQuestions {
    /** One taught question. */
    public record Taught(long id, String intent, String text, String taughtBy, String taughtAt) {
    }

    private final Database db;

    public TaughtQuestions(Database db) {
        this.db = db;
    }

    public Taught add(String intent, String text, String by) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO taught_question (intent, text, taught_by) VALUES (?, ?, ?) RETURNING id, taught_at")) {
                ps.setString(1, intent);
                ps.setString(2, text);
                ps.setString(3, by);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Taught(rs.getLong(1), intent, text, by, rs.getString(2));
                }
            }
        });
    }

    /** All taught questions in the order they were taught (training order is part of determinism). */
    public List<Taught> all() {
        return db.read(c -> {
            List<Taught> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, intent, text, taught_by, taught_at FROM taught_question ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Taught(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return out;
        });
    }

    /** When the latest question was taught, if any (ISO-8601 UTC). */
    public Optional<String> latest() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(taught_at) FROM taught_question");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        });
    }
}
