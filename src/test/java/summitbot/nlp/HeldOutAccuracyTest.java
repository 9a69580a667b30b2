package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import summitbot.TestCore;

/** The accuracy gate: figures on models/heldout.tsv, which the classifier never trains on. */
class HeldOutAccuracyTest {
    private final List<LabeledQuestion> heldOut = TrainingSet.read(Path.of("models", "heldout.tsv"));

    @Test
    void theHeldOutFileSharesNoQuestionWithTheTrainingData() {
        Set<String> training = TestCore.trainingData().stream()
                .map(q -> simplify(q.text())).collect(Collectors.toSet());
        assertThat(heldOut).noneMatch(q -> training.contains(simplify(q.text())));
    }

    @Test
    void theHeldOutFileHasEnoughQuestionsPerIntent() {
        var counts = heldOut.stream().collect(Collectors.groupingBy(LabeledQuestion::intent, Collectors.counting()));
        assertThat(counts).hasSize(24);
        counts.forEach((intent, n) -> assertThat(n).as(intent).isGreaterThanOrEqualTo(
                ScopeGate.OUT_OF_SCOPE.equals(intent) ? 100L : 10L));
    }

    @Test
    void heldOutAccuracyMeetsTheGate() {
        IntentClassifier classifier = TestCore.classifier();
        List<EvaluationReport.Outcome> outcomes = heldOut.stream()
                .map(q -> new EvaluationReport.Outcome(q.intent(),
                        ScopeGate.DEFAULT.decide(ScopeGate.DEFAULT.predict(classifier, q.text()))))
                .toList();
        EvaluationReport report = EvaluationReport.of(outcomes);

        assertThat(report.inScopeAccuracy()).as(report.format(10)).isGreaterThanOrEqualTo(0.95);
        assertThat(report.outOfScopeRecall()).as(report.format(10)).isGreaterThanOrEqualTo(0.90);
        report.perIntent().forEach((intent, score) ->
                assertThat(score.f1()).as("F1 of %s%n%s", intent, report.format(10)).isGreaterThanOrEqualTo(0.85));
    }

    private static String simplify(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} ]", "").strip();
    }
}
