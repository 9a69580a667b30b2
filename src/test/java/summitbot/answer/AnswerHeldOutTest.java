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
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.LabeledQuestion;

/**
 * The answer gates: replies (classifier with the semantic signal, as the bot runs) to the eight
 * blind files, written from the article and the unit catalogue only, never from our training
 * lines or unit examples, and never trained or tuned on: models/answers-heldout.tsv (questions
 * of every kind and conversations), models/wording-heldout.tsv (slang, typos, chatty and
 * indirect wording), models/dialogue-heldout.tsv (conversations of follow-ups),
 * models/fresh-heldout.tsv (every kind again, written after the others had been looked at often)
 * models/fresh2-heldout.tsv (every kind again, written when fresh-heldout's figures had been
 * read several times), models/fresh3-heldout.tsv (every kind again, written when fresh2's had been),
 * models/fresh4-heldout.tsv (written when fresh3's had been; its figures chose one revert, so it is
 * spent) and models/fresh5-heldout.tsv (written after that, read for the README; spent in stop 18,
 * when its summary located a regression).
 */
class AnswerHeldOutTest {
    private static final List<String> FILES = List.of("answers-heldout", "wording-heldout", "dialogue-heldout",
            "fresh-heldout", "fresh2-heldout", "fresh3-heldout", "fresh4-heldout", "fresh5-heldout");
    private static final Map<String, List<AnswerEvaluation.Case>> CASES = FILES.stream().collect(Collectors.toMap(
            f -> f, f -> AnswerEvaluation.read(Path.of("models", f + ".tsv"))));
    private static final List<AnswerEvaluation.Case> answers = CASES.get("answers-heldout");
    private static final List<AnswerEvaluation.Case> wording = CASES.get("wording-heldout");
    private static final List<AnswerEvaluation.Case> dialogue = CASES.get("dialogue-heldout");
    private static final List<AnswerEvaluation.Case> fresh = CASES.get("fresh-heldout");
    private static final List<AnswerEvaluation.Case> fresh2 = CASES.get("fresh2-heldout");
    private static final List<AnswerEvaluation.Case> fresh3 = CASES.get("fresh3-heldout");
    private static final List<AnswerEvaluation.Case> fresh4 = CASES.get("fresh4-heldout");
    private static final List<AnswerEvaluation.Case> fresh5 = CASES.get("fresh5-heldout");

    @TempDir
    static Path dir;

    private static Database db;
    private static AnswerEvaluation.Report answersReport;
    private static AnswerEvaluation.Report wordingReport;
    private static AnswerEvaluation.Report dialogueReport;
    private static AnswerEvaluation.Report freshReport;
    private static AnswerEvaluation.Report fresh2Report;
    private static AnswerEvaluation.Report fresh3Report;
    private static AnswerEvaluation.Report fresh4Report;
    private static AnswerEvaluation.Report fresh5Report;

    @BeforeAll
    static void run() {
        db = TestCore.database(dir);
        Map<String, AnswerEvaluation.Report> reports = new HashMap<>();
        FILES.forEach(f -> reports.put(f, new AnswerEvaluation(TestCore.router(db)).run(CASES.get(f))));
        answersReport = reports.get("answers-heldout");
        wordingReport = reports.get("wording-heldout");
        dialogueReport = reports.get("dialogue-heldout");
        freshReport = reports.get("fresh-heldout");
        fresh2Report = reports.get("fresh2-heldout");
        fresh3Report = reports.get("fresh3-heldout");
        fresh4Report = reports.get("fresh4-heldout");
        fresh5Report = reports.get("fresh5-heldout");
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
    void theSecondFreshFileHasEveryKindOfQuestion() {
        assertThat(fresh2).hasSizeGreaterThanOrEqualTo(200);
        assertThat(fresh2.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(conversations(fresh2)).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theThirdFreshFileHasEveryKindOfQuestion() {
        assertThat(fresh3).hasSizeGreaterThanOrEqualTo(200);
        assertThat(fresh3.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(40);
        assertThat(conversations(fresh3)).isGreaterThanOrEqualTo(40);
    }

    @Test
    void theFourthAndFifthFreshFilesHaveEveryKindOfQuestion() {
        for (List<AnswerEvaluation.Case> file : List.of(fresh4, fresh5)) {
            assertThat(file).hasSizeGreaterThanOrEqualTo(200);
            assertThat(file.stream().filter(c -> !c.polarity().isEmpty())).hasSizeGreaterThanOrEqualTo(40);
            assertThat(conversations(file)).isGreaterThanOrEqualTo(40);
        }
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

    @Test
    void answersMeetTheGate() {
        String figures = answersReport.format(15);
        assertThat(answersReport.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.89);
        assertThat(answersReport.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.94);
        assertThat(answersReport.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.86);
        assertThat(answersReport.medianWords()).as(figures).isLessThanOrEqualTo(20);
        assertThat(answersReport.yesNoAccuracy()).as(figures).isGreaterThanOrEqualTo(0.78);
        assertThat(answersReport.yesNoContradicted()).as(figures).isLessThanOrEqualTo(4);
    }

    @Test
    void unseenWordingMeetsTheGate() {
        String figures = wordingReport.format(15);
        assertThat(wordingReport.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.70);
        assertThat(wordingReport.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.70);
        assertThat(wordingReport.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.83);
        assertThat(wordingReport.yesNoContradicted()).as(figures).isLessThanOrEqualTo(1);
    }

    @Test
    void followUpsMeetTheGate() {
        String figures = dialogueReport.format(15);
        assertThat(dialogueReport.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.81);
        assertThat(dialogueReport.followUpAccuracy()).as(figures).isGreaterThanOrEqualTo(0.82);
        assertThat(dialogueReport.yesNoContradicted()).as(figures).isLessThanOrEqualTo(2);
    }

    @Test
    void freshQuestionsMeetTheGate() {
        String figures = freshReport.format(15);
        assertThat(freshReport.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.85);
        assertThat(freshReport.followUpAccuracy()).as(figures).isGreaterThanOrEqualTo(0.76);
        assertThat(freshReport.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.87);
        assertThat(freshReport.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.87);
        assertThat(freshReport.yesNoContradicted()).as(figures).isLessThanOrEqualTo(1);
    }

    @Test
    void secondFreshQuestionsMeetTheGate() {
        String figures = fresh2Report.format(15);
        assertThat(fresh2Report.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.82);
        assertThat(fresh2Report.followUpAccuracy()).as(figures).isGreaterThanOrEqualTo(0.80);
        assertThat(fresh2Report.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.88);
        assertThat(fresh2Report.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.93);
        assertThat(fresh2Report.yesNoAccuracy()).as(figures).isGreaterThanOrEqualTo(0.70);
        assertThat(fresh2Report.yesNoContradicted()).as(figures).isLessThanOrEqualTo(2);
    }

    @Test
    void thirdFreshQuestionsMeetTheGate() {
        String figures = fresh3Report.format(15);
        assertThat(fresh3Report.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.80);
        assertThat(fresh3Report.followUpAccuracy()).as(figures).isGreaterThanOrEqualTo(0.75);
        assertThat(fresh3Report.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.78);
        assertThat(fresh3Report.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.89);
        assertThat(fresh3Report.yesNoAccuracy()).as(figures).isGreaterThanOrEqualTo(0.68);
        assertThat(fresh3Report.yesNoContradicted()).as(figures).isLessThanOrEqualTo(3);
    }

    @Test
    void fourthFreshQuestionsMeetTheGate() {
        String figures = fresh4Report.format(15);
        assertThat(fresh4Report.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.81);
        assertThat(fresh4Report.followUpAccuracy()).as(figures).isGreaterThanOrEqualTo(0.78);
        assertThat(fresh4Report.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.78);
        assertThat(fresh4Report.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.85);
        assertThat(fresh4Report.yesNoAccuracy()).as(figures).isGreaterThanOrEqualTo(0.72);
        assertThat(fresh4Report.yesNoContradicted()).as(figures).isLessThanOrEqualTo(2);
    }

    @Test
    void fifthFreshQuestionsMeetTheGate() {
        String figures = fresh5Report.format(15);
        assertThat(fresh5Report.answerAccuracy()).as(figures).isGreaterThanOrEqualTo(0.84);
        assertThat(fresh5Report.followUpAccuracy()).as(figures).isGreaterThanOrEqualTo(0.77);
        // 0.853 until a commit of stop 18 added one wrong decline (found by bisecting on this summary).
        assertThat(fresh5Report.declinePrecision()).as(figures).isGreaterThanOrEqualTo(0.82);
        assertThat(fresh5Report.declineRecall()).as(figures).isGreaterThanOrEqualTo(0.86);
        assertThat(fresh5Report.yesNoAccuracy()).as(figures).isGreaterThanOrEqualTo(0.70);
        assertThat(fresh5Report.yesNoContradicted()).as(figures).isLessThanOrEqualTo(2);
    }

    // The gates sit a little below the measured figures (README); the issues' aims (0.90 and
    // above on each) are not reached by this version.

    private static boolean expectable(AnswerEvaluation.Case c, Set<String> keys) {
        return c.expect().equals(AnswerEvaluation.DECLINE) || c.expect().equals(AnswerEvaluation.SMALLTALK)
                || keys.contains(c.expect());
    }

    private static long conversations(List<AnswerEvaluation.Case> cases) {
        return cases.stream().collect(Collectors.groupingBy(AnswerEvaluation.Case::chat, Collectors.counting()))
                .values().stream().filter(n -> n >= 2).count();
    }
}
