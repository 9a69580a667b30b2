package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnitStore;
import summitbot.nlp.PersonFinder;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.SlotFinder;
import summitbot.nlp.Synonyms;

class UnitRankerTest {
    @TempDir
    Path dir;

    private static UnitRanker ranker(Database db) {
        UnitStore units = new UnitStore(db);
        return new UnitRanker(units, new SlotFinder(units.slotTerms()),
                new PersonFinder(new PeopleDirectory(db)::aliases), new Synonyms(units.synonyms()), SemanticSignal.none(),
                new TemplateStore(db)::topics);
    }

    private void setColumn(String column, String text) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("summit.db"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE answer_unit SET " + column + " = " + column + " || char(10) || '" + text
                    + "' WHERE key = 'food_aid.port'");
        }
    }

    @Test
    void aWordOnlyALearnedExampleUsesIsNotAWordTheArticleKnows() throws SQLException {
        try (Database db = TestCore.database(dir)) {
            setColumn("learned_examples", "where was the grain docked");
            assertThat(ranker(db).knownAnywhere("docked")).isFalse();
        }
    }

    @Test
    void aWordAWrittenExampleUsesIsAWordTheArticleKnows() throws SQLException {
        try (Database db = TestCore.database(dir)) {
            setColumn("examples", "where was the grain docked");
            assertThat(ranker(db).knownAnywhere("docked")).isTrue();
        }
    }
}
