package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import summitbot.nlp.AliasText;

/** What a bare follow-up asks of the last answer, by its wording. */
class FollowUpCueTest {
    private static FollowUpCue cue(String message) {
        return FollowUpCue.of(AliasText.normalise(message));
    }

    @Test
    void whyAndHowComeAskForAReason() {
        assertThat(cue("Why?")).isEqualTo(FollowUpCue.REASON);
        assertThat(cue("how come??")).isEqualTo(FollowUpCue.REASON);
        assertThat(cue("and why's that")).isEqualTo(FollowUpCue.REASON);
    }

    @Test
    void thenWhatHappenedAsksForTheNextClaimAndBeforeThatForThePreviousOne() {
        assertThat(cue("then what happened?")).isEqualTo(FollowUpCue.NEXT);
        assertThat(cue("and after that?")).isEqualTo(FollowUpCue.NEXT);
        assertThat(cue("and before that?")).isEqualTo(FollowUpCue.PREVIOUS);
    }

    @Test
    void suchAsAsksForTheThingsAndAnythingElseForAnotherFact() {
        assertThat(cue("such as?")).isEqualTo(FollowUpCue.EXAMPLE);
        assertThat(cue("anything else?")).isEqualTo(FollowUpCue.MORE);
    }

    @Test
    void aQuestionWithWordsOfItsOwnIsNoCue() {
        assertThat(cue("why is kim meeting putin")).isEqualTo(FollowUpCue.NONE);
        assertThat(cue("what happened in hanoi")).isEqualTo(FollowUpCue.NONE);
    }

    @Test
    void aShortQuestionEndingInAfterThatAsksForTheNextClaim() {
        assertThat(cue("so what did moscow do after that?")).isEqualTo(FollowUpCue.NEXT);
        assertThat(cue("what did moscow do for the north after the korean war and what came of it all after that"))
                .isEqualTo(FollowUpCue.NONE);
    }

    @Test
    void whySaidOfTheLastAnswerInOneWordAsksForAReasonButANewClauseDoesNot() {
        assertThat(cue("so why isnt it happening")).isEqualTo(FollowUpCue.REASON);
        assertThat(cue("and why is that stuck?")).isEqualTo(FollowUpCue.REASON);
        assertThat(cue("why is he meeting putin")).isEqualTo(FollowUpCue.NONE);
        assertThat(cue("y did they need it")).isEqualTo(FollowUpCue.REASON);
    }
}
