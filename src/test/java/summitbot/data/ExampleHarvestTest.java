package summitbot.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.answer.AnswerEvaluation.Case;
import summitbot.facts.AnswerUnit;
import summitbot.facts.Database;
import summitbot.facts.UnitStore;

class ExampleHarvestTest {
    private static final Set<String> UNITS = Set.of("location.place", "date.day", "food_aid.port");

    @TempDir
    Path dir;

    private static ExampleHarvest.Result harvest(List<String> avoid, Case... cases) {
        return new ExampleHarvest(UNITS, avoid).harvest(List.of(cases));
    }

    private static Case ask(String chat, String question, String expect) {
        return new Case(chat, question, expect, "");
    }

    @Test
    void theFirstMessageOfAConversationIsHarvestedUnderTheUnitItExpects() {
        ExampleHarvest.Result r = harvest(List.of(), ask("a1", "where r they meeting", "location.place"));
        assertThat(r.byUnit()).isEqualTo(Map.of("location.place", List.of("where r they meeting")));
    }

    @Test
    void aFollowUpThatPointsBackIsLeftOut() {
        ExampleHarvest.Result r = harvest(List.of(), ask("a1", "where r they meeting", "location.place"),
                ask("a1", "and what day is that happening", "date.day"), ask("a1", "when?", "date.day"));
        assertThat(r.byUnit()).doesNotContainKey("date.day");
        assertThat(r.skipped()).containsEntry(ExampleHarvest.Skip.LEANS_ON_CONTEXT, 2);
    }

    @Test
    void aFollowUpThatNamesItsSubjectIsHarvested() {
        ExampleHarvest.Result r = harvest(List.of(), ask("a1", "where r they meeting", "location.place"),
                ask("a1", "which port did the russian wheat go to", "food_aid.port"));
        assertThat(r.byUnit()).containsEntry("food_aid.port", List.of("which port did the russian wheat go to"));
    }

    @Test
    void aQuestionTheArticleAnswersNoIsLeftOut() {
        ExampleHarvest.Result r = harvest(List.of(), new Case("a1", "is it in khabarovsk?", "location.place", "NO"),
                new Case("a2", "is it in vladivostok?", "location.place", "YES"));
        assertThat(r.byUnit()).containsEntry("location.place", List.of("is it in vladivostok?"));
        assertThat(r.skipped()).containsEntry(ExampleHarvest.Skip.FALSE_PREMISE, 1);
    }

    @Test
    void smallTalkDeclinesAndUnknownUnitsAreLeftOut() {
        ExampleHarvest.Result r = harvest(List.of(), ask("a1", "hi there", "SMALLTALK"),
                ask("a2", "who won the world cup", "DECLINE"), ask("a3", "what's the venue", "location.venue"));
        assertThat(r.byUnit()).isEmpty();
        assertThat(r.skipped()).containsEntry(ExampleHarvest.Skip.NO_UNIT, 2)
                .containsEntry(ExampleHarvest.Skip.UNKNOWN_UNIT, 1);
    }

    @Test
    void aHeldOutOrTrainedQuestionIsNeverHarvestedWhateverItsCaseAndPunctuation() {
        ExampleHarvest.Result r = harvest(List.of("Where are they meeting?"),
                ask("a1", "where are they meeting", "location.place"),
                ask("a2", "what day's the summit", "date.day"), ask("a3", "What day's the summit?!", "date.day"));
        assertThat(r.byUnit()).isEqualTo(Map.of("date.day", List.of("what day's the summit")));
        assertThat(r.skipped()).containsEntry(ExampleHarvest.Skip.HELD_OUT_OR_TRAINED, 2);
    }

    @Test
    void aQuestionThatDiffersFromAHeldOutOneOnlyByAnApostropheIsLeftOut() {
        ExampleHarvest.Result r = harvest(List.of("who's medvedev"), ask("a1", "whos medvedev", "location.place"));
        assertThat(r.byUnit()).isEmpty();
    }

    @Test
    void aQuestionTheArticleAnswersYesIsAlsoAConfirmationOfItsUnit() {
        ExampleHarvest.Result r = harvest(List.of(), new Case("a1", "so they meet on a thursday", "date.day", "YES"),
                ask("a2", "which day do the two leaders sit down", "date.day"));
        assertThat(r.byUnit().get("date.day"))
                .containsExactly("so they meet on a thursday", "which day do the two leaders sit down");
        assertThat(r.confirmed().get("date.day")).containsExactly("so they meet on a thursday");
        assertThat(r.confirmations()).isEqualTo(1);
    }

    @Test
    void theMigrationReplacesTheLearnedExamplesOfARealDatabase() throws SQLException {
        try (Database db = TestCore.database(dir)) {
            UnitStore units = new UnitStore(db);
            ExampleHarvest.Result r = harvest(List.of(), ask("a1", "where's kim's summit with putin", "location.place"),
                    ask("a2", "what's the port's name? it's for class", "food_aid.port"),
                    new Case("a3", "did the wheat go to chongjin", "food_aid.port", "YES"));
            String sql = ExampleHarvest.migration(r, List.of("models/some-file.tsv"));
            assertThat(sql).startsWith("-- Learned example questions").contains("--   models/some-file.tsv");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("summit.db"));
                 Statement s = c.createStatement()) {
                for (String statement : sql.split(";\n")) {
                    s.execute(statement);
                }
            }
            assertThat(units.unit("location.place").map(AnswerUnit::learned).orElseThrow())
                    .containsExactly("where's kim's summit with putin");
            assertThat(units.unit("food_aid.port").map(AnswerUnit::learned).orElseThrow())
                    .containsExactly("what's the port's name? it's for class", "did the wheat go to chongjin");
            assertThat(units.unit("date.day").map(AnswerUnit::learned).orElseThrow()).isEmpty();
            assertThat(units.unit("food_aid.port").map(AnswerUnit::confirmations).orElseThrow())
                    .containsExactly("did the wheat go to chongjin");
            assertThat(units.unit("location.place").map(AnswerUnit::examples).orElseThrow()).isNotEmpty();
        }
    }
}
