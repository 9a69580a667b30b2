package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;

class IntentsTest {
    @TempDir
    Path dir;

    @Test
    void theCatalogueHoldsExactlyTheContractsIntents() throws Exception {
        assertThat(Intents.ALL.keySet()).containsExactlyInAnyOrderElementsOf(TestCore.contractIntents());
    }

    @Test
    void theRouterAnswersEveryIntentOfTheCatalogue() {
        try (Database db = TestCore.database(dir)) {
            assertThat(TestCore.router(db).intents()).containsExactlyInAnyOrderElementsOf(Intents.ALL.keySet());
        }
    }

    @Test
    void theTrainingDataUsesOnlyCatalogueIntents() {
        assertThat(TestCore.trainingData()).allSatisfy(q -> assertThat(Intents.ALL).containsKey(q.intent()));
    }
}
