package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;

class IntentClassifierTest {
    @TempDir
    Path dir;

    private final List<LabeledQuestion> heldOut = TrainingSet.read(Path.of("models", "heldout.tsv"));

    @Test
    void aSavedAndReloadedModelPredictsExactlyTheSame() {
        IntentClassifier trained = TestCore.classifier();
        Path file = dir.resolve("intent.bin");
        trained.save(file);
        IntentClassifier reloaded = IntentClassifier.load(file, trained.normalizer());

        for (LabeledQuestion q : heldOut) {
            assertThat(reloaded.classify(q.text())).as(q.text()).isEqualTo(trained.classify(q.text()));
        }
    }

    @Test
    void trainingTwiceOnTheSameDataGivesTheSameModel() {
        List<LabeledQuestion> data = TestCore.trainingData();
        IntentClassifier again = new IntentTrainer(TestCore.classifier().normalizer()).train(data);
        for (LabeledQuestion q : heldOut.subList(0, 100)) {
            assertThat(again.classify(q.text())).as(q.text()).isEqualTo(TestCore.classifier().classify(q.text()));
        }
    }

    @Test
    void typosStillReachTheRightIntent() {
        IntentClassifier c = TestCore.classifier();
        assertThat(ScopeGate.DEFAULT.decide(c.classify("wher is the sumit hapening"))).isEqualTo("location");
        assertThat(ScopeGate.DEFAULT.decide(c.classify("how many norh korean labourers in rusia"))).isEqualTo("laborers");
    }
}
