package summitbot.facts;

import summitbot.nlp.EditDistance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import summitbot.nlp.Intents;
import java.util.regex.Pattern;

/**
 * The only way facts are read and changed. Every change writes its audit row in the same
 * transaction, so the audit trail accounts for every value a fact has had.
 */
public final class FactStore {
    /** Longest value an admin may set: a reply is one to three sentences. */
    public static final int MAX_VALUE_LENGTH = 500;
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)+");
    private static final String COLUMNS = "key, intent, value, paragraph_id, person_id, updated_at, updated_by";

    private final Database db;

    public FactStore(Database db) {
        this.db = db;
    }

    public Optional<Fact> get(String key) {
        return db.read(c -> findFact(c, key));
    }

    /** The value of a fact, or empty when there is no such fact. */
    public Optional<String> value(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM fact WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Facts whose key starts with {@code prefix} (all when empty), ordered by key. */
    public List<Fact> list(String prefix) {
        String p = prefix == null ? "" : prefix;
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM fact WHERE substr(key, 1, length(?)) = ? ORDER BY key")) {
                ps.setString(1, p);
                ps.setString(2, p);
                return facts(ps);
            }
        });
    }

    /** Key to value of the facts of one intent, in key order. */
    public Map<String, String> valuesForIntent(String intent) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT key, value FROM fact WHERE intent = ? ORDER BY key")) {
                ps.setString(1, intent);
                Map<String, String> values = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getString(2));
                    }
                }
                return values;
            }
        });
    }

    /** Changes a fact's value; refuses unknown keys (suggesting close ones), empty and over-long values. */
    public FactChange set(String key, String value, String by) {
        String clean = checkValue(value);
        String author = checkAuthor(by);
        return db.write(c -> {
            Fact fact = findFact(c, key).orElseThrow(() -> unknownKey(c, key));
            if (fact.value().equals(clean)) {
                throw new FactException("fact " + key + " already has that value");
            }
            updateValue(c, key, clean, author);
            return audit(c, key, "set", fact.value(), clean, author);
        });
    }

    /** Adds a new fact to an intent; refuses an existing key or a malformed one. */
    public FactChange add(String intent, String key, String value, String by) {
        String clean = checkValue(value);
        String author = checkAuthor(by);
        if (intent == null || !intent.matches("[a-z_]+")) {
            throw new FactException("intent must be lowercase letters and underscores, e.g. location");
        }
        if (key == null || !KEY_SHAPE.matcher(key).matches()) {
            throw new FactException("key must look like intent.name (lowercase letters, digits, underscores), e.g. "
                    + intent + ".outcome");
        }
        return db.write(c -> {
            if (findFact(c, key).isPresent()) {
                throw new FactException("fact " + key + " already exists; use set to change it");
            }
            return insertFact(c, key, intent, clean, author);
        });
    }

    /**
     * Reverts the latest change to {@code key} that is not yet reverted: a set gets its old
     * value back, an add removes the fact. The undo is audited like any change.
     */
    public FactChange undo(String key, String by) {
        String author = checkAuthor(by);
        return db.write(c -> {
            Fact fact = findFact(c, key).orElseThrow(() -> unknownKey(c, key));
            FactChange last = lastRevertible(c, key)
                    .orElseThrow(() -> new FactException("nothing to undo for " + key + ": it has its original value"));
            if (last.oldValue() == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM fact WHERE key = ?")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
            } else {
                updateValue(c, key, last.oldValue(), author);
            }
            FactChange undo = audit(c, key, "undo", fact.value(), last.oldValue(), author);
            try (PreparedStatement ps = c.prepareStatement("UPDATE fact_audit SET reverted_by = ? WHERE id = ?")) {
                ps.setLong(1, undo.id());
                ps.setLong(2, last.id());
                ps.executeUpdate();
            }
            return undo;
        });
    }

    /**
     * A fact as an import file gives it; {@code intent} may be null for a key that exists, and
     * {@code isNew} must be set for a key that does not, so a mistyped key is refused, not added.
     */
    public record ImportedFact(String key, String intent, String value, boolean isNew) {
    }

    /** What an import did. */
    public record ImportResult(int changed, int added, int unchanged) {
    }

    /**
     * Applies a whole set of facts, all or nothing: every entry is checked first (known key or a
     * well-formed new one with its intent, a matching intent, a valid value, no key twice), and
     * only when all pass are the changes written, each with its audit row, in one transaction.
     */
    public ImportResult importAll(List<ImportedFact> imported, String by) {
        String author = checkAuthor(by);
        // Checked on a read connection first: a long check (thousands of keys, each unknown one
        // compared with every key) must not hold the write lock that admins' edits wait for.
        List<String> problems = db.read(c -> problems(c, imported));
        if (!problems.isEmpty()) {
            throw new FactException("import refused, nothing changed: " + problems.size() + " problem(s): "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "; ..." : ""));
        }
        return db.write(c -> {
            int changed = 0;
            int added = 0;
            int unchanged = 0;
            for (ImportedFact f : imported) {
                String value = f.value().strip();
                Optional<Fact> existing = findFact(c, f.key());
                if (existing.isEmpty() && !f.isNew()) {
                    // Removed between the check and the write: all or nothing still holds.
                    throw new FactException("import refused, nothing changed: " + f.key() + " was removed meanwhile");
                }
                if (existing.isEmpty()) {
                    insertFact(c, f.key(), f.intent(), value, author);
                    added++;
                } else if (existing.get().value().equals(value)) {
                    unchanged++;
                } else {
                    updateValue(c, f.key(), value, author);
                    audit(c, f.key(), "set", existing.get().value(), value, author);
                    changed++;
                }
            }
            return new ImportResult(changed, added, unchanged);
        });
    }

    private List<String> problems(Connection c, List<ImportedFact> imported) throws SQLException {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < imported.size(); i++) {
            ImportedFact f = imported.get(i);
            String where = "fact " + (i + 1) + (f.key() == null ? "" : " (" + f.key() + ")");
            if (f.key() == null || f.key().isBlank()) {
                problems.add(where + ": no key");
                continue;
            }
            if (!seen.add(f.key())) {
                problems.add(where + ": key given twice");
            }
            try {
                checkValue(f.value());
            } catch (FactException e) {
                problems.add(where + ": " + e.getMessage());
            }
            Optional<Fact> existing = findFact(c, f.key());
            if (existing.isPresent()) {
                if (f.intent() != null && !f.intent().equals(existing.get().intent())) {
                    problems.add(where + ": belongs to intent " + existing.get().intent() + ", not " + f.intent());
                }
            } else if (!f.isNew()) {
                List<String> close = unknownKey(c, f.key()).suggestions();
                problems.add(where + ": unknown key (closest: " + String.join(", ", close)
                        + "); to add a new fact, mark it \"new\": true and give its intent");
            } else if (f.intent() == null || !f.intent().matches("[a-z_]+")) {
                problems.add(where + ": unknown key; a new fact needs its intent");
            } else if (Intents.family(f.intent()) == null) {
                problems.add(where + ": no intent is called " + f.intent());
            } else if (!KEY_SHAPE.matcher(f.key()).matches()) {
                problems.add(where + ": key must look like intent.name");
            }
        }
        return problems;
    }

    /** Every change to {@code key}, oldest first. */
    public List<FactChange> history(String key) {
        return db.read(c -> {
            if (findFact(c, key).isEmpty() && changes(c, key).isEmpty()) {
                throw unknownKey(c, key);
            }
            return changes(c, key);
        });
    }

    /** Every audited change to any fact, oldest first. */
    public List<FactChange> auditTrail() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, fact_key, action, old_value, new_value, changed_by, changed_at, reverted_by"
                            + " FROM fact_audit ORDER BY id")) {
                return changeRows(ps);
            }
        });
    }

    /** The refusal for an unknown key, naming the closest existing keys. */
    public FactException unknown(String key) {
        return db.read(c -> unknownKey(c, key));
    }

    private static String checkValue(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new FactException("the value is empty; give the new text of the fact");
        }
        if (v.length() > MAX_VALUE_LENGTH) {
            throw new FactException("the value is " + v.length() + " characters; the limit is " + MAX_VALUE_LENGTH);
        }
        return v;
    }

    private static String checkAuthor(String by) {
        if (by == null || by.isBlank()) {
            throw new FactException("say who makes the change (--by NAME)");
        }
        return by.strip();
    }

    private static Optional<Fact> findFact(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM fact WHERE key = ?")) {
            ps.setString(1, key);
            List<Fact> found = facts(ps);
            return found.stream().findFirst();
        }
    }

    private static List<Fact> facts(PreparedStatement ps) throws SQLException {
        List<Fact> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int paragraph = rs.getInt(4);
                Integer paragraphId = rs.wasNull() ? null : paragraph; // wasNull speaks of the last column read
                out.add(new Fact(rs.getString(1), rs.getString(2), rs.getString(3),
                        paragraphId, rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    private static FactChange insertFact(Connection c, String key, String intent, String value, String by)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO fact (key, intent, value, updated_by) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, intent);
            ps.setString(3, value);
            ps.setString(4, by);
            ps.executeUpdate();
        }
        return audit(c, key, "add", null, value, by);
    }

    private static void updateValue(Connection c, String key, String value, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE fact SET value = ?, updated_by = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                        + " WHERE key = ?")) {
            ps.setString(1, value);
            ps.setString(2, by);
            ps.setString(3, key);
            ps.executeUpdate();
        }
    }

    private static FactChange audit(Connection c, String key, String action, String oldValue, String newValue,
                                    String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO fact_audit (fact_key, action, old_value, new_value, changed_by) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING id, changed_at")) {
            ps.setString(1, key);
            ps.setString(2, action);
            ps.setString(3, oldValue);
            ps.setString(4, newValue);
            ps.setString(5, by);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new FactChange(rs.getLong(1), key, action, oldValue, newValue, by, rs.getString(2), null);
            }
        }
    }

    private static Optional<FactChange> lastRevertible(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, fact_key, action, old_value, new_value, changed_by, changed_at, reverted_by"
                        + " FROM fact_audit WHERE fact_key = ? AND action IN ('set', 'add') AND reverted_by IS NULL"
                        + " ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, key);
            return changeRows(ps).stream().findFirst();
        }
    }

    private static List<FactChange> changes(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, fact_key, action, old_value, new_value, changed_by, changed_at, reverted_by"
                        + " FROM fact_audit WHERE fact_key = ? ORDER BY id")) {
            ps.setString(1, key);
            return changeRows(ps);
        }
    }

    private static List<FactChange> changeRows(PreparedStatement ps) throws SQLException {
        List<FactChange> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long reverted = rs.getLong(8);
                Long revertedBy = rs.wasNull() ? null : reverted; // wasNull speaks of the last column read
                out.add(new FactChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), revertedBy));
            }
        }
        return out;
    }

    private static FactException unknownKey(Connection c, String key) {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key FROM fact")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("database read failed: " + Database.firstLine(e), e);
        }
        String k = key == null ? "" : key.toLowerCase();
        List<String> closest = keys.stream()
                .sorted(Comparator.comparingInt((String candidate) -> keyDistance(k, candidate))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
        return new FactException("unknown fact " + key + "; did you mean " + String.join(", ", closest) + "?", closest);
    }

    // Keys often differ by a segment typed differently; a key that contains the query wins outright.
    private static int keyDistance(String query, String candidate) {
        if (!query.isEmpty() && candidate.contains(query)) {
            return 0;
        }
        return EditDistance.between(query, candidate);
    }
}
