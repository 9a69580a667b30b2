package summitbot.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The units' word index (FTS5's {@code unit_fts}), copied into memory once per revision and ranked
 * there: {@code bm25(unit_fts, 0, 0, 1.0, 0.7)} as FTS5 computes it, without a full-text query per
 * question (which cost more than the rest of the answer). The index's terms come from SQLite itself
 * ({@code unit_fts_terms}); only a question's words are stemmed here, the way FTS5's
 * {@code porter unicode61} tokenizer does.
 */
final class UnitSearchIndex {
    // FTS5's bm25 constants, and the weights our query gives the columns key, intent, text, examples.
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Map<String, Double> COLUMN_WEIGHTS = Map.of("text", 1.0, "examples", 0.7);
    // FTS5's porter tokenizer leaves tokens shorter than 3 bytes (or longer than 64) as they are.
    private static final int PORTER_MIN = 3;
    private static final int PORTER_MAX = 64;
    private static final Pattern SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}\\p{Co}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

    /** One occurrence of a term: which row, which column, which token of it. */
    private record Instance(int row, String column, int offset) {
    }

    private final String[] keys;
    private final String[] intents;
    private final int[] tokens;
    private final int rows;
    private final double averageTokens;
    private final Map<String, List<Instance>> instances;

    private UnitSearchIndex(String[] keys, String[] intents, int[] tokens, Map<String, List<Instance>> instances) {
        this.keys = keys;
        this.intents = intents;
        this.tokens = tokens;
        this.rows = keys.length;
        this.instances = instances;
        this.averageTokens = (double) Arrays.stream(tokens).sum() / Math.max(1, rows);
    }

    /** Reads the index as it is on {@code c}. */
    static UnitSearchIndex load(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        List<String> intents = new ArrayList<>();
        Map<Integer, Integer> rowIndex = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid, key, intent FROM unit_fts ORDER BY rowid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rowIndex.put(rs.getInt(1), keys.size());
                keys.add(rs.getString(2));
                intents.add(rs.getString(3));
            }
        }
        int[] tokens = new int[keys.size()];
        Map<String, List<Instance>> instances = new HashMap<>();
        // In the index's own order: by term, then row, then column and position, as FTS5 counts them.
        try (PreparedStatement ps = c.prepareStatement("SELECT term, doc, col, offset FROM unit_fts_terms");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int row = rowIndex.get(rs.getInt(2));
                tokens[row]++;
                instances.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                        .add(new Instance(row, rs.getString(3), rs.getInt(4)));
            }
        }
        instances.replaceAll((t, list) -> List.copyOf(list));
        return new UnitSearchIndex(keys.toArray(String[]::new), intents.toArray(String[]::new), tokens,
                Map.copyOf(instances));
    }

    /**
     * The rows matching any of {@code phrases} (each a word or words searched as a phrase), best
     * first, at most {@code limit}: what {@code ORDER BY bm25(...) LIMIT} would return.
     */
    List<UnitStore.Hit> search(List<String> phrases, int limit) {
        int n = phrases.size();
        double[][] frequency = new double[n][];
        double[] idf = new double[n];
        boolean[] matched = new boolean[rows];
        for (int p = 0; p < n; p++) {
            frequency[p] = new double[rows];
            int hit = 0;
            for (Instance i : occurrences(terms(phrases.get(p)))) {
                if (frequency[p][i.row()] == 0) {
                    hit++;
                }
                frequency[p][i.row()] += COLUMN_WEIGHTS.getOrDefault(i.column(), 1.0);
                matched[i.row()] = true;
            }
            // FTS5: a term in more than half the rows would weigh less than nothing; it weighs almost nothing.
            double weight = Math.log((rows - hit + 0.5) / (hit + 0.5));
            idf[p] = weight <= 0.0 ? 1e-6 : weight;
        }
        List<UnitStore.Hit> hits = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            if (!matched[row]) {
                continue;
            }
            double score = 0;
            for (int p = 0; p < n; p++) {
                double f = frequency[p][row];
                score += idf[p] * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * tokens[row] / averageTokens)));
            }
            hits.add(new UnitStore.Hit(keys[row], intents[row], score));
        }
        // Best first; rows in index order when the scores tie.
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    // Where the terms occur one after another in one column, in column and position order.
    private List<Instance> occurrences(List<String> terms) {
        if (terms.isEmpty()) {
            return List.of();
        }
        List<Instance> first = instances.getOrDefault(terms.get(0), List.of());
        if (terms.size() == 1) {
            return first;
        }
        List<Instance> out = new ArrayList<>();
        for (Instance start : first) {
            boolean whole = true;
            for (int k = 1; k < terms.size() && whole; k++) {
                whole = instances.getOrDefault(terms.get(k), List.of()).contains(
                        new Instance(start.row(), start.column(), start.offset() + k));
            }
            if (whole) {
                out.add(start);
            }
        }
        return out;
    }

    /** {@code text} as FTS5's {@code porter unicode61} tokenizer turns it into terms. */
    static List<String> terms(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String token : SEPARATOR.split(folded)) {
            if (token.isEmpty()) {
                continue;
            }
            int bytes = token.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            out.add(bytes < PORTER_MIN || bytes > PORTER_MAX ? token : STEMMER.get().stem(token));
        }
        return out;
    }
}
