package summitbot.facts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reply wording and the topic list, read from the database at answer time. */
public final class TemplateStore {
    private final Database db;

    public TemplateStore(Database db) {
        this.db = db;
    }

    public Optional<String> template(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT template FROM reply_template WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public List<Topic> topics() {
        return db.read(c -> {
            List<Topic> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT intent, label, example FROM topic ORDER BY position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Topic(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }
}
