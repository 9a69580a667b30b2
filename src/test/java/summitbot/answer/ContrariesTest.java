package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opposite words and concessions, on plain strings. */
class ContrariesTest {
    @Test
    void aWordOfOneSideInTheQuestionAndTheOtherInTheAnswerContradict() {
        assertThat(Contraries.contradicted("is the meeting early?", "The meeting is coming surprisingly late."))
                .isTrue();
    }

    @Test
    void theSameSideInBothDoesNotContradict() {
        assertThat(Contraries.contradicted("is the meeting late?", "The meeting is coming surprisingly late."))
                .isFalse();
    }

    @Test
    void aQuestionHoldingBothSidesDoesNotContradict() {
        assertThat(Contraries.contradicted("is it small or big?", "Russia has a very small footprint.")).isFalse();
    }

    @Test
    void aWordOnlyInTheConcessionIsSetAside() {
        String answer = "Despite all the talk in Washington about denuclearization, Kim's primary concern is the economy.";
        assertThat(Contraries.setAside(List.of("denuclearization", "priority"), answer)).isTrue();
        assertThat(Contraries.setAside(List.of("economy", "concern"), answer)).isFalse();
    }

    @Test
    void anotherSeasonContradicts() {
        assertThat(Contraries.contradicted("is a shortage feared for the autumn?", "a food shortage this summer")).isTrue();
    }

    @Test
    void aCurrentHolderAgainstAFormerOneContradicts() {
        assertThat(Contraries.contradicted("is he the sitting president?", "He is a former president.")).isTrue();
    }

    @Test
    void goingWellAgainstStalledContradicts() {
        assertThat(Contraries.contradicted("are the talks going well?", "His talks have stalled.")).isTrue();
    }

    @Test
    void havingMetBeforeAgainstAFirstMeetingContradicts() {
        assertThat(Contraries.contradicted("have they met before?", "It is their first meeting.")).isTrue();
        assertThat(Contraries.contradicted("is it the first time they met?", "It is their first meeting.")).isFalse();
    }
}
