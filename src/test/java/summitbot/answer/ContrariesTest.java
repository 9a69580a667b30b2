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
}
