package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.MovableClock;

/**
 * Claims offered with a hedge, a belief or a request to check in front, claims of "before" tagged, and
 * encouragement against a warning.
 */
class HedgedClaimsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2019-04-25T08:00:00Z"));
    @RegisterExtension
    final CoreFixture core = new CoreFixture(() -> new ConversationMemory(clock, Duration.ofMinutes(10), 100));

    @Test
    void aHedgedBeliefInAWrongDayIsCorrected() {
        Answer a = core.router().answer("h1", "I might be wrong but I thought the meeting was on a Friday?");
        assertThat(a.units()).containsExactly("date.day");
        assertThat(a.reply()).startsWith("No.").contains("Thursday");
    }

    @Test
    void aBeliefFollowedByAQuestionOfItsOwnAsksThatQuestion() {
        Answer a = core.router().answer("h2", "I heard about the wheat, how much was it?");
        assertThat(a.units()).containsExactly("food_aid.shipment");
        assertThat(a.reply()).doesNotStartWith("Yes.").doesNotStartWith("No.").contains("2,000 tons");
    }

    @Test
    void aClaimOfAVisitBeforeTaggedForAgreementIsConfirmed() {
        Answer a = core.router().answer("h3", "putin has been to pyongyang before, right?");
        assertThat(a.units()).containsExactly("putin_history.pyongyang_visit");
        assertThat(a.reply()).startsWith("Yes.").contains("2000");
    }

    @Test
    void encouragementAgainstAWarningIsANo() {
        Answer a = core.router().answer("h4", "has washington encouraged seoul to go ahead with the projects?");
        assertThat(a.units()).containsExactly("south_korea.warning");
        assertThat(a.reply()).startsWith("No.").contains("warned");
    }

    @Test
    void aRequestToConfirmAClaimAfterARemarkChecksTheClaim() {
        Answer a = core.router().answer("h5",
                "I'm editing this for our Sunday edition. Can you confirm the summit is in Vladivostok?");
        assertThat(a.units()).containsExactly("location.place");
        assertThat(a.reply()).startsWith("Yes.").contains("Vladivostok");
    }

    @Test
    void aRequestToVerifyAWrongClaimIsCorrected() {
        Answer a = core.router().answer("h6", "could you verify that the wheat went to wonsan");
        assertThat(a.units()).containsExactly("food_aid.port");
        assertThat(a.reply()).startsWith("No.").contains("Chongjin");
    }

    @Test
    void aRequestToConfirmWhenAsksWhen() {
        Answer a = core.router().answer("h7", "can you confirm when the summit is");
        assertThat(a.units()).containsExactly("date.day");
        assertThat(a.reply()).doesNotStartWith("Yes.").contains("Thursday");
    }

    @Test
    void aHedgeOrBeliefIsDroppedAndAnythingElseIsLeftAsWritten() {
        assertThat(summitbot.nlp.QuestionShape.withoutHedge("I might be wrong")).isEqualTo("I might be wrong");
        assertThat(summitbot.nlp.QuestionShape.withoutHedge("correct me if I'm wrong, is it in Vladivostok?"))
                .isEqualTo("Is it in Vladivostok?");
        assertThat(summitbot.nlp.QuestionShape.withoutHedge("I thought the meeting was on a Friday."))
                .isEqualTo("The meeting was on a Friday?");
        assertThat(summitbot.nlp.QuestionShape.withoutHedge("please confirm that it is on Thursday"))
                .isEqualTo("It is on Thursday?");
        assertThat(summitbot.nlp.QuestionShape.withoutHedge("")).isEmpty();
        assertThat(summitbot.nlp.QuestionShape.withoutHedge("where is the summit?")).isEqualTo("where is the summit?");
    }
}
