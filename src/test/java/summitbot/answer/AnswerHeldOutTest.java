package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.LabeledQuestion;

/**
 * The answer gate: replies to models/answers-heldout.tsv, conversations written blind from the
 * article (never from our training lines or unit examples) and never trained on.
 */
class AnswerHeldOutTest {
    private static final Path FILE = Path.of("models", "answers-heldout.tsv");
    private static final List<AnswerEvaluation.Case> cases = AnswerEvaluation.read(FILE);

    @TempDir
    static Path dir;

    private static Database db;
    private static AnswerEvaluation.Report report;

    @BeforeAll
    static void run() {
        db = TestCore.database(dir);
        report = new AnswerEvaluation(TestCore.router(db)).run(cases);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theFileIsBigAndVariedEnough() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(400);
        assertThat(cases.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases.stream().filter(c -> c.expect().equals(AnswerEvaluation.DECLINE)))
                .hasSizeGreaterThanOrEqualTo(60);
        long conversations = cases.stream().collect(Collectors.groupingBy(AnswerEvaluation.Case::chat,
                Collectors.counting())).values().stream().filter(n -> n >= 2).count();
        assertThat(conversations).isGreaterThanOrEqualTo(40);
    }

    @Test
    void everyExpectedUnitExists() {
        Set<String> keys = new UnitStore(db).all().stream().map(u -> u.key()).collect(Collectors.toSet());
        assertThat(cases).allSatisfy(c -> assertThat(
                c.expect().equals(AnswerEvaluation.DECLINE) || c.expect().equals(AnswerEvaluation.SMALLTALK)
                        || keys.contains(c.expect())).as(c.expect()).isTrue());
    }

    @Test
    void noHeldOutQuestionIsTrainingData() {
        Set<String> training = TestCore.trainingData().stream().map(LabeledQuestion::text).map(AliasText::normalise)
                .collect(Collectors.toSet());
        assertThat(cases).filteredOn(c -> training.contains(AliasText.normalise(c.question()))).isEmpty();
    }

    @Test
    void answersMeetTheGate() {
        String figures = report.format(15);
        assertThat(report.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(ANSWER_ACCURACY);
        assertThat(report.declinePrecision()).as(figures).isGreaterThanOrEqualTo(DECLINE_PRECISION);
        assertThat(report.declineRecall()).as(figures).isGreaterThanOrEqualTo(DECLINE_RECALL);
        assertThat(report.medianWords()).as(figures).isLessThanOrEqualTo(20);
        assertThat(report.yesNoContradicted()).as(figures).isLessThanOrEqualTo(3);
    }

    // A regression gate a little below the measured 0.815 / 0.762 / 0.852 (README); the aim is 0.90
    // each, which this version does not reach.
    private static final double ANSWER_ACCURACY = 0.78;
    private static final double DECLINE_PRECISION = 0.74;
    private static final double DECLINE_RECALL = 0.82;
}
