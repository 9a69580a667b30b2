package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnansweredLog;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.IntentFusion;
import summitbot.nlp.ScopeGate;

/** "Did you mean ...?" instead of "sorry", and the pick that follows. */
class DidYouMeanTest {
    // Torn between who meets and the Kims' past meetings (written for this test, in no data file).
    private static final String TORN = "is kim bringing anyone from his dad's era?";

    @TempDir
    Path dir;

    private Database db;
    private UnansweredLog unanswered;
    private ReplyRouter router;

    @BeforeEach
    void open() {
        db = TestCore.database(dir);
        unanswered = new UnansweredLog(db);
        IntentClassifier model = TestCore.classifier();
        router = new ReplyRouter(() -> model, ScopeGate.DEFAULT, new FactStore(db), new PeopleDirectory(db),
                new TemplateStore(db), new UnitStore(db), ConversationMemory.standard(), unanswered,
                TestCore.semantic(), IntentFusion.DEFAULT);
    }

    @AfterEach
    void close() {
        unanswered.close();
        db.close();
    }

    @Test
    void aQuestionTornBetweenTwoTopicsAsksWhichWasMeant() {
        Answer a = router.answer("a", TORN, "private");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.CLARIFY);
        assertThat(a.choices()).extracting(Answer.Choice::id).containsExactly("participants", "putin_history");
        assertThat(a.reply()).isEqualTo("I'm not sure what you mean. Did you mean \u201cWho is meeting whom?\u201d or"
                + " \u201cHas Putin met Kim's father?\u201d? Pick one below, or ask it another way.");
    }

    @Test
    void inATerminalTheChoicesAreNumbered() {
        assertThat(router.answer("t", TORN, "terminal").reply())
                .contains("1) \u201cWho is meeting whom?\u201d", "2) \u201cHas Putin met Kim's father?\u201d", "Type 1 or 2");
    }

    @Test
    void typingANumberAsksTheQuestionAgainAboutThatTopicAndRecordsTheChoice() {
        router.answer("b", TORN, "terminal");
        Answer picked = router.answer("b", "1", "terminal");
        assertThat(picked.intent()).isEqualTo("participants");
        assertThat(picked.detail()).startsWith("chosen by the user: participants");
        assertThat(picked.reply()).contains("Kim Jong Un").doesNotContain("Did you mean");
        assertThat(unanswered.mostFrequent(5)).singleElement()
                .satisfies(s -> assertThat(s.chosenIntent()).isEqualTo("participants"));
    }

    @Test
    void neitherLetsTheQuestionGoAndANumberAfterThatIsNotAPick() {
        router.answer("c", TORN, "terminal");
        assertThat(router.answer("c", "neither", "terminal").reply()).contains("ask it another way");
        assertThat(router.answer("c", "2", "terminal").reply()).contains("only answer questions written in words");
        assertThat(unanswered.mostFrequent(5)).singleElement().satisfies(s -> assertThat(s.chosenIntent()).isNull());
    }

    @Test
    void aQuestionFarFromEveryTopicStillGetsThePlainApology() {
        Answer a = router.answer("d", "what's the capital of peru", "private");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.choices()).isEmpty();
    }

    @Test
    void anAnswerOffersRelatedQuestionsFromItsTopicAndEachCanBeAnswered() {
        Answer a = router.answer("e", "how many north korean workers are still in russia?", "private");
        assertThat(a.units()).containsExactly("laborers.count");
        java.util.List<Answer.Choice> related = router.related(a);
        assertThat(related).hasSizeBetween(1, 3)
                .allSatisfy(c -> assertThat(c.id()).startsWith("laborers.").isNotEqualTo("laborers.count"));
        Answer next = router.answerUnit("e", related.get(0).id());
        assertThat(next.units()).containsExactly(related.get(0).id());
        assertThat(next.reply()).isNotBlank();
    }
}
