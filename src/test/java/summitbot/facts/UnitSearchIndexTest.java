package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;

class UnitSearchIndexTest {
    @TempDir
    Path dir;

    // Word lists as the router passes them: a question's content words, with typos, inflections,
    // numbers, words no unit has, other scripts, and phrases of several words.
    private static final List<List<String>> QUESTIONS = List.of(
            List.of("putin", "visit", "pyongyang"),
            List.of("kim", "want", "russia", "economy", "sanctions", "summit", "meet"),
            List.of("wheat", "shipped", "tons", "port"),
            List.of("workers", "worked", "loggers", "far", "east", "2017"),
            List.of("gazprom", "zzz", "qwerty"),
            List.of("chinese", "businessmen", "trading", "partner", "nervous"),
            List.of("hanoi", "trump", "february", "breakdown", "limitations"),
            List.of("пхеньян", "séoul", "kim"),
            List.of("kim jong un", "vladivostok"),
            List.of("is", "it", "a", "as", "on"),
            List.of("visits", "visit", "visited", "visiting"));

    @Test
    void ranksEveryQuestionAsFts5sBm25Does() throws Exception {
        try (Database db = TestCore.database(dir)) {
            UnitSearchIndex index = db.read(UnitSearchIndex::load);
            for (List<String> words : QUESTIONS) {
                assertSameRanking(db, index, words);
            }
        }
    }

    @Test
    void ranksTheArticlesOwnSentencesAsFts5sBm25Does() throws Exception {
        try (Database db = TestCore.database(dir)) {
            UnitSearchIndex index = db.read(UnitSearchIndex::load);
            String article = Files.readString(Path.of("db/article.txt"));
            for (String sentence : article.split("[.?!]\\s+")) {
                List<String> words = Arrays.stream(sentence.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isBlank()).distinct().limit(24).toList();
                if (!words.isEmpty()) {
                    assertSameRanking(db, index, words);
                }
            }
        }
    }

    @Test
    void stemsAQuestionsWordsAsThePorterTokenizerDoes() {
        assertThat(UnitSearchIndex.terms("shipped")).containsExactly("ship");
        assertThat(UnitSearchIndex.terms("as")).containsExactly("as");
        assertThat(UnitSearchIndex.terms("Séoul's")).containsExactly("seoul", "s");
    }

    private static void assertSameRanking(Database db, UnitSearchIndex index, List<String> words) {
        List<UnitStore.Hit> expected = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT key, intent, bm25(unit_fts, 0, 0, 1.0, 0.7) AS rank"
                    + " FROM unit_fts WHERE unit_fts MATCH ? ORDER BY rank, rowid LIMIT 40")) {
                ps.setString(1, String.join(" OR ", words.stream().map(w -> "\"" + w + "\"").toList()));
                List<UnitStore.Hit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new UnitStore.Hit(rs.getString(1), rs.getString(2), -rs.getDouble(3)));
                    }
                }
                return hits;
            }
        });
        List<UnitStore.Hit> actual = index.search(words, 40);
        assertThat(actual).as("%s", words).extracting(UnitStore.Hit::key)
                .containsExactlyElementsOf(expected.stream().map(UnitStore.Hit::key).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).score()).as("%s: %s", words, expected.get(i).key())
                    .isCloseTo(expected.get(i).score(), org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
