package summitbot.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import summitbot.nlp.AnswerType;
import summitbot.nlp.SlotTerm;

/**
 * Reads answer units and searches them by words (FTS5 with Porter stems, ranked by bm25 over each
 * unit's text and example questions). Units are kept in memory and reloaded whenever the database's
 * unit revision changes (one small query per read), so an admin's edit from any process shows in
 * the next reply. Units change only through {@link FactStore}.
 */
public final class UnitStore {
    /** A unit found by word search, with how well it matched (higher is better). */
    public record Hit(String key, String intent, double score) {
    }

    // A fact an admin added has no unit details: it may answer any kind of question its words match.
    private static final String UNTYPED = Arrays.stream(AnswerType.values()).map(AnswerType::label)
            .collect(Collectors.joining(","));
    private static final String COLUMNS = "f.key, f.intent, f.value, f.paragraph_id, COALESCE(u.kind, 'fact'),"
            + " COALESCE(u.answer_types, '" + UNTYPED + "'), COALESCE(u.also_paragraphs, ''), COALESCE(u.examples, ''),"
            + " COALESCE(u.learned_examples, ''), COALESCE(u.learned_confirmations, '')";
    private static final int MAX_TERMS = 24;
    private static final int MAX_HITS = 40;

    private final Database db;
    private final RevisionedCopy<Snapshot> snapshot;

    // Every unit as of one revision of the unit tables: read per question, reloaded on any change.
    private record Snapshot(List<AnswerUnit> all, Map<String, List<AnswerUnit>> byIntent,
                            Map<String, AnswerUnit> byKey, UnitSearchIndex words) {
    }

    public UnitStore(Database db) {
        this.db = db;
        this.snapshot = new RevisionedCopy<>(db, "unit_revision", this::load);
    }

    /** The units of one topic (intent), in key order. */
    public List<AnswerUnit> units(String intent) {
        return current().byIntent().getOrDefault(intent, List.of());
    }

    /** Every unit, in key order. */
    public List<AnswerUnit> all() {
        return current().all();
    }

    public Optional<AnswerUnit> unit(String key) {
        return Optional.ofNullable(current().byKey().get(key));
    }

    /** The revision of the unit tables: it changes whenever a fact or unit does. */
    public long revision() {
        return snapshot.revision();
    }

    private Snapshot current() {
        return snapshot.get();
    }

    private Snapshot load() {
        List<AnswerUnit> all = db.read(c -> query(c, "SELECT " + COLUMNS
                + " FROM fact f LEFT JOIN answer_unit u ON u.key = f.key ORDER BY f.key", null));
        Map<String, List<AnswerUnit>> byIntent = new LinkedHashMap<>();
        Map<String, AnswerUnit> byKey = new LinkedHashMap<>();
        for (AnswerUnit u : all) {
            byIntent.computeIfAbsent(u.intent(), k -> new ArrayList<>()).add(u);
            byKey.put(u.key(), u);
        }
        byIntent.replaceAll((k, v) -> List.copyOf(v));
        return new Snapshot(List.copyOf(all), Map.copyOf(byIntent), Map.copyOf(byKey), db.read(UnitSearchIndex::load));
    }

    /** The text of article paragraph {@code id}, or empty. */
    public Optional<String> paragraph(int id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT body FROM paragraph WHERE id = ?")) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Units matching any of {@code words}, best first, ranked in memory as FTS5's bm25 would rank
     * them (see {@link UnitSearchIndex}); nothing a user types is read as query syntax.
     */
    public List<Hit> search(List<String> words) {
        List<String> phrases = words.stream().filter(w -> !w.isBlank()).distinct().limit(MAX_TERMS).toList();
        return phrases.isEmpty() ? List.of() : current().words().search(phrases, MAX_HITS);
    }

    private static List<AnswerUnit> query(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            List<AnswerUnit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int paragraph = rs.getInt(4);
                    Integer paragraphId = rs.wasNull() ? null : paragraph; // wasNull speaks of the last column read
                    out.add(new AnswerUnit(rs.getString(1), rs.getString(2), rs.getString(3), paragraphId,
                            rs.getString(5), types(rs.getString(6)), paragraphs(rs.getString(7)),
                            lines(rs.getString(8)), lines(rs.getString(9)), lines(rs.getString(10))));
                }
            }
            return out;
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank()).toList();
    }

    private static Set<AnswerType> types(String list) {
        Set<AnswerType> out = EnumSet.noneOf(AnswerType.class);
        Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(AnswerType::of).forEach(out::add);
        return out;
    }

    private static List<Integer> paragraphs(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
                .toList();
    }

    /** Slot terms (places, days, months, commodities) for checking yes/no questions. */
    public List<SlotTerm> slotTerms() {
        return db.read(c -> {
            List<SlotTerm> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT term, kind, canonical, within FROM slot_term");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String within = rs.getString(4);
                    out.add(new SlotTerm(rs.getString(1), rs.getString(2), rs.getString(3),
                            within == null ? List.of() : List.of(within.split(","))));
                }
            }
            return out;
        });
    }

    /** Typed words and the article's words they stand for. */
    public Map<String, List<String>> synonyms() {
        return db.read(c -> {
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT word, means FROM synonym");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), List.of(rs.getString(2).strip().split("\\s+")));
                }
            }
            return out;
        });
    }

    /** Example questions of every unit, by the unit's topic: extra training lines for the classifier. */
    public Map<String, List<String>> examplesByIntent() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (AnswerUnit u : all()) {
            out.computeIfAbsent(u.intent(), k -> new ArrayList<>()).addAll(u.examples());
        }
        return out.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
