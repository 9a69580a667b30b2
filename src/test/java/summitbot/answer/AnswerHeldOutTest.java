package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.LabeledQuestion;

/**
 * The answer gates: replies (classifier with the semantic signal, as the bot runs) to the thirteen
 * blind files, written from the article and the unit catalogue only, never from our training
 * lines or unit examples, and never trained or tuned on: models/answers-heldout.tsv (questions
 * of every kind and conversations), models/wording-heldout.tsv (slang, typos, chatty and
 * indirect wording), models/dialogue-heldout.tsv (conversations of follow-ups),
 * models/fresh-heldout.tsv (every kind again, written after the others had been looked at often)
 * models/fresh2-heldout.tsv (every kind again, written when fresh-heldout's figures had been
 * read several times), models/fresh3-heldout.tsv (every kind again, written when fresh2's had been),
 * models/fresh4-heldout.tsv (written when fresh3's had been; its figures chose one revert, so it is
 * spent), models/fresh5-heldout.tsv (written after that, read for the README; spent in stop 18,
 * when its summary located a regression), models/fresh6-heldout.tsv (written at the start of
 * stop 18, read at its end; spent in stop 19, when its summary located two regressions),
 * models/fresh7-heldout.tsv (written at the start of stop 19, read once at its end, again at the
 * end of stop 20), models/fresh8-heldout.tsv (written at the start of stop 20, read once at its end)
 * models/fresh9-heldout.tsv (written at the start of stop 21, read at its end; its summary then
 * located one regression, so it is partly spent), models/fresh10-heldout.tsv (written at the
 * start of stop 22, its summary read with stop 21's build then and with stop 22's at the end) and
 * models/fresh11-heldout.tsv (written at the end of stop 22, read at the start and end of stop 23,
 * then spent on one wrong yes), models/fresh12-heldout.tsv (written during stop 23, read once
 * at its end with that build and with stop 22's, again at the end of stop 24) and
 * models/fresh13-heldout.tsv (written at the end of stop 23, its summary read at the start and end of
 * stop 24), models/fresh14-heldout.tsv (written at the end of stop 24, its summary read during stop
 * 25), models/fresh15-heldout.tsv (written at the start of stop 25, its summary read at its end and at
 * the ends of stops 26 to 28), models/fresh16-heldout.tsv (written at the start of stop 26, its
 * summary read at its end and at the ends of stops 27 and 28), models/fresh17-heldout.tsv (written at
 * the start of stop 27, its summary read at its end and at the end of stop 28) and
 * models/fresh18-heldout.tsv (written at the start of stop 28, its summary read at its start with
 * stop 27's build and at its end, and at the end of stop 29) and models/fresh19-heldout.tsv (written
 * at the start of stop 29, its summary read at its start with stop 28's build and at its end, where
 * it also located, by bisecting, one line a rule of stop 29 lost) and models/fresh20-heldout.tsv
 * (written at the start of stop 30, its summary read at its start with stop 29's build and at its
 * end, and at the end of stop 31) and models/fresh21-heldout.tsv (written at the start of stop 31,
 * its summary read at its start with stop 30's build and at its end; one chat id of fresh20 that
 * changed was looked up, never its line) and models/fresh22-heldout.tsv (written at the start of stop
 * 32 by three writers, its summary read at its start with stop 31's build and at its end) and
 * models/fresh23-heldout.tsv (written at the start of stop 33 by three writers, its summary read at
 * its start with stop 32's build, once with a measured and dropped variant, and at its end) and
 * models/fresh24-heldout.tsv (written at the start of stop 34 by three writers, its summary read at
 * its start with stop 33's build and at its end, never its lines) and models/fresh25-heldout.tsv
 * (written at the start of stop 35 by three writers, its summary read at its start with stop 34's
 * build, once before the last change and at its end, never its lines). At the
 * start of stop 32 one `eval --wrong` run printed fresh20's wrong lines: it is partly spent.
 * Some wrong lines of fresh15 and fresh16 were shown during stops 27 to 29, and lines of the
 * older fresh files (fresh17 to fresh19 among them) during stop 30, by comparisons of tuning runs:
 * they are partly spent.
 */
class AnswerHeldOutTest {
    private static final List<String> FILES = List.of("answers-heldout", "wording-heldout", "dialogue-heldout",
            "fresh-heldout", "fresh2-heldout", "fresh3-heldout", "fresh4-heldout", "fresh5-heldout", "fresh6-heldout",
            "fresh7-heldout", "fresh8-heldout", "fresh9-heldout", "fresh10-heldout", "fresh11-heldout",
            "fresh12-heldout", "fresh13-heldout", "fresh14-heldout", "fresh15-heldout",
            "fresh16-heldout", "fresh17-heldout", "fresh18-heldout", "fresh19-heldout", "fresh20-heldout",
            "fresh21-heldout", "fresh22-heldout", "fresh23-heldout", "fresh24-heldout", "fresh25-heldout");
    private static final Map<String, List<AnswerEvaluation.Case>> CASES = FILES.stream().collect(Collectors.toMap(
            f -> f, f -> AnswerEvaluation.read(Path.of("models", f + ".tsv"))));
    private static final List<AnswerEvaluation.Case> answers = CASES.get("answers-heldout");
    private static final List<AnswerEvaluation.Case> wording = CASES.get("wording-heldout");
    private static final List<AnswerEvaluation.Case> dialogue = CASES.get("dialogue-heldout");
    private static final List<AnswerEvaluation.Case> fresh = CASES.get("fresh-heldout");

    /**
     * A file's gate: the least answer and follow-up accuracy, decline precision and recall and
     * yes/no accuracy (NaN: not gated), and the most yes/no answers of the opposite polarity.
     */
    record Gate(String file, double answer, double followUp, double precision, double recall, double yesNo,
                int opposite) {
        @Override
        public String toString() {
            return file;
        }
    }

    // The gates sit a little below the measured figures (README); the issues' aims (0.90 and
    // above on each) are not reached by this version.
    static List<Gate> gates() {
        double none = Double.NaN;
        return List.of(
                new Gate("answers-heldout", 0.89, none, 0.94, 0.86, 0.78, 4),
                new Gate("wording-heldout", 0.70, none, 0.70, 0.83, none, 1),
                new Gate("dialogue-heldout", 0.81, 0.82, none, none, none, 2),
                new Gate("fresh-heldout", 0.85, 0.76, 0.87, 0.87, none, 1),
                // Its summary located a regression of stop 21 (a third opposite yes/no, from leaders'
                // titles read as premises; found by bisecting on the summary alone).
                new Gate("fresh2-heldout", 0.82, 0.80, 0.88, 0.93, 0.70, 2),
                new Gate("fresh3-heldout", 0.80, 0.75, 0.78, 0.89, 0.68, 3),
                new Gate("fresh4-heldout", 0.81, 0.78, 0.78, 0.85, 0.72, 2),
                // Decline precision 0.853 until a commit of stop 18 added one wrong decline (found by
                // bisecting on this file's summary).
                new Gate("fresh5-heldout", 0.84, 0.77, 0.82, 0.86, 0.70, 2),
                // Its summary located two regressions of stop 19 (one wrong decline each): spent.
                new Gate("fresh6-heldout", 0.82, 0.74, 0.79, 0.85, 0.63, 2),
                new Gate("fresh7-heldout", 0.80, 0.77, 0.74, 0.82, 0.72, 3),
                new Gate("fresh8-heldout", 0.79, 0.77, 0.73, 0.85, 0.78, 2),
                // Its first summary showed one more wrong decline than stop 20's build (0.923 against
                // 0.960), from a commit of stop 21 found by bisecting on the summary: fixed, partly spent.
                new Gate("fresh9-heldout", 0.80, 0.77, 0.92, 0.86, 0.78, 2),
                new Gate("fresh10-heldout", 0.86, 0.81, 0.89, 0.89, 0.89, 2),
                // Read at the start and end of stop 23; its wrong answers were then read (one new
                // opposite yes/no, fixed), so it is spent.
                new Gate("fresh11-heldout", 0.80, 0.76, 0.82, 0.89, 0.65, 2),
                new Gate("fresh12-heldout", 0.79, 0.76, 0.71, 0.78, 0.78, 2),
                new Gate("fresh13-heldout", 0.80, 0.78, 0.76, 0.92, 0.70, 1),
                new Gate("fresh14-heldout", 0.82, 0.78, 0.73, 0.77, 0.84, 1),
                new Gate("fresh15-heldout", 0.80, 0.78, 0.77, 0.85, 0.68, 2),
                new Gate("fresh16-heldout", 0.88, 0.83, 0.85, 0.92, 0.78, 1),
                new Gate("fresh17-heldout", 0.80, 0.74, 0.78, 0.76, 0.79, 2),
                new Gate("fresh18-heldout", 0.82, 0.83, 0.78, 0.81, 0.81, 1),
                new Gate("fresh19-heldout", 0.88, 0.85, 0.86, 0.89, 0.81, 1),
                new Gate("fresh20-heldout", 0.89, 0.87, 0.97, 0.85, 0.77, 2),
                new Gate("fresh21-heldout", 0.91, 0.91, 0.91, 0.81, 0.92, 1),
                // Three writers with a kit written anew in stop 32: more questions labelled answerable.
                new Gate("fresh22-heldout", 0.83, 0.80, 0.68, 0.92, 0.72, 4),
                new Gate("fresh23-heldout", 0.86, 0.83, 0.85, 0.85, 0.85, 1),
                new Gate("fresh24-heldout", 0.86, 0.85, 0.87, 0.85, 0.84, 1),
                new Gate("fresh25-heldout", 0.85, 0.85, 0.79, 0.89, 0.86, 1));
    }

    @TempDir
    static Path dir;

    private static Database db;
    private static final Map<String, AnswerEvaluation.Report> REPORTS = new HashMap<>();

    @BeforeAll
    static void run() {
        db = TestCore.database(dir);
        FILES.forEach(f -> REPORTS.put(f, new AnswerEvaluation(TestCore.router(db)).run(CASES.get(f))));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theAnswersFileIsBigAndVariedEnough() {
        assertThat(answers).hasSizeGreaterThanOrEqualTo(400);
        assertThat(answers.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(60);
        assertThat(answers.stream().filter(AnswerEvaluation.Case::expectsDecline)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(conversations(answers)).isGreaterThanOrEqualTo(60);
    }

    @Test
    void theWordingFileIsBigEnough() {
        assertThat(wording).hasSizeGreaterThanOrEqualTo(150);
    }

    @Test
    void theDialogueFileIsMostlyFollowUps() {
        assertThat(dialogue).hasSizeGreaterThanOrEqualTo(180);
        assertThat(conversations(dialogue)).isGreaterThanOrEqualTo(60);
    }

    @Test
    void theFreshFileHasEveryKindOfQuestion() {
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(250);
        assertThat(fresh.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(fresh.stream().filter(AnswerEvaluation.Case::expectsDecline)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(conversations(fresh)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theLaterFreshFilesHaveEveryKindOfQuestion() {
        for (String file : List.of("fresh2-heldout", "fresh3-heldout", "fresh4-heldout", "fresh5-heldout")) {
            List<AnswerEvaluation.Case> cases = CASES.get(file);
            assertThat(cases).as(file).hasSizeGreaterThanOrEqualTo(200);
            assertThat(cases.stream().filter(c -> !c.polarity().isEmpty())).as(file).hasSizeGreaterThanOrEqualTo(40);
            assertThat(conversations(cases)).as(file).isGreaterThanOrEqualTo(40);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fresh6-heldout", "fresh7-heldout", "fresh8-heldout", "fresh9-heldout", "fresh10-heldout"})
    void theNewestFreshFilesHaveEveryKindOfQuestion(String file) {
        List<AnswerEvaluation.Case> cases = CASES.get(file);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(cases.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(conversations(cases)).isGreaterThanOrEqualTo(35);
    }

    @Test
    void everyExpectedUnitExists() {
        Set<String> keys = new UnitStore(db).all().stream().map(u -> u.key()).collect(Collectors.toSet());
        CASES.forEach((file, cases) -> assertThat(cases).as(file)
                .allSatisfy(c -> assertThat(expectable(c, keys)).as(c.expect()).isTrue()));
    }

    @Test
    void noHeldOutQuestionIsTrainingData() {
        Set<String> training = TestCore.trainingData().stream().map(LabeledQuestion::text).map(AliasText::normalise)
                .collect(Collectors.toSet());
        CASES.forEach((file, cases) -> assertThat(cases).as(file)
                .filteredOn(c -> training.contains(AliasText.normalise(c.question()))).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    void eachBlindFileMeetsItsGate(Gate gate) {
        AnswerEvaluation.Report report = REPORTS.get(gate.file());
        String figures = report.format(15);
        atLeast(report.answerAccuracy(), gate.answer(), figures);
        atLeast(report.followUpAccuracy(), gate.followUp(), figures);
        atLeast(report.declinePrecision(), gate.precision(), figures);
        atLeast(report.declineRecall(), gate.recall(), figures);
        atLeast(report.yesNoAccuracy(), gate.yesNo(), figures);
        assertThat(report.yesNoContradicted()).as(figures).isLessThanOrEqualTo(gate.opposite());
    }

    @Test
    void answersAreShort() {
        assertThat(REPORTS.get("answers-heldout").medianWords()).isLessThanOrEqualTo(20);
    }

    private static void atLeast(double measured, double gate, String figures) {
        if (!Double.isNaN(gate)) {
            assertThat(measured).as(figures).isGreaterThanOrEqualTo(gate);
        }
    }

    private static boolean expectable(AnswerEvaluation.Case c, Set<String> keys) {
        return c.expect().equals(AnswerEvaluation.DECLINE) || c.expect().equals(AnswerEvaluation.SMALLTALK)
                || keys.contains(c.expect());
    }

    private static long conversations(List<AnswerEvaluation.Case> cases) {
        return cases.stream().collect(Collectors.groupingBy(AnswerEvaluation.Case::chat, Collectors.counting()))
                .values().stream().filter(n -> n >= 2).count();
    }
}
