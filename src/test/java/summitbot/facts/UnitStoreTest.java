package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.nlp.AnswerType;

class UnitStoreTest {
    @TempDir
    Path dir;

    @Test
    void anEditMadeThroughAnotherConnectionIsSeenAtTheNextRead() {
        try (Database bot = TestCore.database(dir); Database shell = Database.open(dir.resolve("summit.db"))) {
            UnitStore units = new UnitStore(bot);
            assertThat(units.unit("food_aid.port")).hasValueSatisfying(u -> assertThat(u.text()).contains("Chongjin"));
            new FactStore(shell).set("food_aid.port", "It was shipped to the port of Nampo.", "alice");
            assertThat(units.unit("food_aid.port")).hasValueSatisfying(u -> assertThat(u.text()).contains("Nampo"));
            assertThat(units.search(List.of("nampo"))).extracting(UnitStore.Hit::key).contains("food_aid.port");
        }
    }

    @Test
    void aUnitCarriesItsKindTypesParagraphsAndExamples() {
        try (Database db = TestCore.database(dir)) {
            AnswerUnit u = new UnitStore(db).unit("food_aid.shipment").orElseThrow();
            assertThat(u.kind()).isEqualTo(AnswerUnit.FACT);
            assertThat(u.types()).contains(AnswerType.AMOUNT);
            assertThat(u.paragraphId()).isEqualTo(8);
            assertThat(u.examples()).hasSizeGreaterThan(5);
        }
    }

    @Test
    void wordSearchTreatsWhatUsersTypeAsWordsNotQuerySyntax() {
        try (Database db = TestCore.database(dir)) {
            UnitStore units = new UnitStore(db);
            assertThat(units.search(List.of("wheat\" OR \"x", "NEAR(", "*", "'; DROP TABLE fact; --"))).isNotNull();
            assertThat(units.search(List.of("shipped"))).extracting(UnitStore.Hit::key).contains("food_aid.shipment");
            assertThat(new FactStore(db).list("")).hasSizeGreaterThan(100);
        }
    }

    @Test
    void theShippedUnitsHaveLearnedExamplesBesideTheirWrittenOnes() {
        try (Database db = TestCore.database(dir)) {
            UnitStore units = new UnitStore(db);
            AnswerUnit u = units.unit("food_aid.port").orElseThrow();
            assertThat(u.learned()).isNotEmpty().doesNotContainAnyElementsOf(u.examples());
            // The classifier learns the written examples only.
            assertThat(units.examplesByIntent().get("food_aid")).containsAll(u.examples())
                    .doesNotContainAnyElementsOf(u.learned());
        }
    }

    @Test
    void wordSearchDoesNotReachLearnedExamples() throws java.sql.SQLException {
        try (Database db = TestCore.database(dir);
             java.sql.Connection shell = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("summit.db"));
             java.sql.Statement s = shell.createStatement()) {
            UnitStore units = new UnitStore(db);
            assertThat(units.search(List.of("docked"))).extracting(UnitStore.Hit::key).doesNotContain("food_aid.port");
            s.execute("UPDATE answer_unit SET learned_examples = 'where was the grain docked' WHERE key = 'food_aid.port'");
            assertThat(units.search(List.of("docked"))).extracting(UnitStore.Hit::key).doesNotContain("food_aid.port");
            s.execute("UPDATE answer_unit SET examples = examples || char(10) || 'where was the grain docked'"
                    + " WHERE key = 'food_aid.port'");
            assertThat(units.search(List.of("docked"))).extracting(UnitStore.Hit::key).contains("food_aid.port");
        }
    }
}
