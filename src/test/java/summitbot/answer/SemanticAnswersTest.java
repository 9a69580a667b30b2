package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.TestCore;

/** What the semantic signal changes in the replies (questions written for this test, in no data file). */
class SemanticAnswersTest {
    @RegisterExtension
    final CoreFixture core = new CoreFixture();

    @Test
    void wordingTheClassifierAloneDeclinesIsAnsweredWithTheSemanticSignal() {
        String question = "yo what does the NK boss want from moscow";
        assertThat(TestCore.classifierOnlyRouter(core.db()).answer("a", question).kind()).isEqualTo(Reply.Kind.DECLINE);
        Answer a = TestCore.router(core.db()).answer("b", question);
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("kim_goals."));
        assertThat(a.detail()).contains("with the semantic signal kim_goals");
    }

    @Test
    void theQuestionInsideALongChattyMessageIsTheOneAnswered() {
        String message = "lol my group chat is arguing about this nonstop and nobody reads the actual articles"
                + " anymore, anyway what port did the russian wheat go to";
        assertThat(TestCore.classifierOnlyRouter(core.db()).answer("e", message).kind()).isEqualTo(Reply.Kind.DECLINE);
        Answer a = TestCore.router(core.db()).answer("f", message);
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.port");
    }

    @Test
    void aShortMessageOfTwoSentencesIsReadAsOneQuestion() {
        Answer a = TestCore.router(core.db()).answer("g", "kim and trump in hanoi was a bust right? how did it end");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("hanoi_summit."));
    }

    @Test
    void aCountFoundByMeaningIsSaidAsASentenceNotAFragment() {
        Answer a = TestCore.router(core.db()).answer("c", "how many times has kim sat down with the guy who runs beijing");
        assertThat(a.reply()).as(a.detail()).isEqualTo("Kim Jong Un has held four summits with Xi Jinping.");
    }

    @Test
    void whyShowsHowMuchTheMeaningWeighedForEachUnit() {
        Answer a = TestCore.router(core.db()).answer("d", "which harbour did the grain go to");
        assertThat(a.units()).containsExactly("food_aid.port");
        assertThat(a.detail()).containsPattern("food_aid.port [0-9.]+ \\(words [0-9.]+, covered [0-9.]+, meaning 0\\.[0-9]+\\)");
    }

    @Test
    void aMeetingNextYearIsDeclinedNotDeniedWithTheLaborersDeadline() {
        Answer a = TestCore.router(core.db()).answer("i", "will kim meet putin again next year");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("No").doesNotContain("laborers");
    }

    @Test
    void aYesNoQuestionCloseToOneReadersAskedOfTheFactIsConfirmed() {
        Answer a = TestCore.router(core.db()).answer("j", "would russia be willing to help out with food?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.willingness");
        assertThat(a.reply()).as(a.detail()).startsWith("Yes. Russia has shown a willingness");
    }

    @Test
    void withoutTheLearnedConfirmationsTheSameQuestionGetsTheFactWithoutAYes() {
        core.db().write(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("UPDATE answer_unit SET learned_confirmations = ''");
            }
        });
        Answer a = TestCore.router(core.db()).answer("k", "would russia be willing to help out with food?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.willingness");
        assertThat(a.reply()).as(a.detail()).startsWith("Russia has shown a willingness");
    }

    @Test
    void aQuestionCloseToAConfirmationThatTurnsItAroundGetsNoYes() {
        Answer a = TestCore.router(core.db()).answer("l", "is russia refusing to help with food?");
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("Yes");
    }

    @Test
    void aDeedOfSomeoneTheAnswerDoesNotNameIsNoConfirmationOfWhatOthersTalkedAbout() {
        Answer a = TestCore.router(core.db()).answer("m", "did putin actually construct the pipeline across the peninsula?");
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("Yes");
    }
}
