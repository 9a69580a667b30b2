package summitbot.facts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Telegram user ids stored as admins (user ids, never usernames: those can change). */
public final class AdminList {
    private final Database db;

    public AdminList(Database db) {
        this.db = db;
    }

    /** @return false when the id was already an admin */
    public boolean add(long userId, String by) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO admin (user_id, added_by) VALUES (?, ?) ON CONFLICT(user_id) DO NOTHING")) {
                ps.setLong(1, userId);
                ps.setString(2, by);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** @return false when the id was not an admin */
    public boolean remove(long userId) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM admin WHERE user_id = ?")) {
                ps.setLong(1, userId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    public boolean contains(long userId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM admin WHERE user_id = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public List<Long> all() {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT user_id FROM admin ORDER BY user_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }
}
