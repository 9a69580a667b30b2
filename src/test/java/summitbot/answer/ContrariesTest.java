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
    void northKoreanAndSouthKoreanContradict() {
        assertThat(Contraries.contradicted("is he north korean?", "Moon Jae-in is the South Korean President."))
                .isTrue();
    }

    @Test
    void cuttingTradeContradictsBoostingIt() {
        assertThat(Contraries.contradicted("is kim cutting trade with russia?",
                "Kim wants to boost trade with Russia tenfold, to $1 billion, by 2020.")).isTrue();
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
        assertThat(Contraries.setAside(List.of("denuclearization", "priority"), "is denuclearization the priority",
                answer)).isTrue();
        assertThat(Contraries.setAside(List.of("economy", "concern"), "is the economy the concern", answer)).isFalse();
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

    @Test
    void onlyThatIsContradictedBySomethingDeeperThanThat() {
        assertThat(Contraries.contradicted("is it only about the workers and the food?",
                "Kim's decision to more actively court Putin undoubtedly goes deeper than that.")).isTrue();
    }

    @Test
    void aClearOutcomeIsContradictedByOneNotEntirelyClear() {
        assertThat(Contraries.contradicted("is it clear he'll help kim?",
                "It's not entirely clear how much Putin can or will oblige.")).isTrue();
        assertThat(Contraries.contradicted("is it unclear whether he'll help?",
                "It's not entirely clear how much Putin can or will oblige.")).isFalse();
    }

    @Test
    void certaintyIsContradictedByAnOutcomeNotEntirelyClear() {
        assertThat(Contraries.contradicted("is putin definitely going to help kim",
                "It's not entirely clear how much Putin can or will oblige.")).isTrue();
    }

    @Test
    void stoppingIsContradictedByKeepingItFlowing() {
        assertThat(Contraries.contradicted("does kim want that money to stop?",
                "The Kim regime would like to keep that revenue flowing.")).isTrue();
        assertThat(Contraries.contradicted("was it this month?",
                "Russia announced just last month that it had shipped the wheat.")).isTrue();
    }

    @Test
    void agreeingIsContradictedByNoAgreementsButNoDealIsNot() {
        String outcome = "The Hanoi summit ended with no agreements on either denuclearization measures or the lifting of sanctions.";
        assertThat(Contraries.contradicted("did they agree on anything?", outcome)).isTrue();
        assertThat(Contraries.contradicted("hanoi ended with no deal, correct?", outcome)).isFalse();
    }

    @Test
    void thePointWeighedAboveWhatIsSetAsideIsNotSetAside() {
        String answer = "Despite all the talk in Washington about denuclearization, Kim's primary concern is improving"
                + " his country's economy.";
        assertThat(Contraries.setAside(List.of("economy", "matters", "denuclearization"),
                "so the economy matters more to him than denuclearization", answer)).isFalse();
        assertThat(Contraries.setAside(List.of("denuclearization", "important", "economy"),
                "is denuclearization more important than the economy", answer)).isTrue();
    }

    @Test
    void aFirstAgainstASecondSurvivingAgainstFallingApartAndBillionsAgainstMillionsContradict() {
        assertThat(Contraries.contradicted("was hanoi his first summit with trump?",
                "Kim's second summit with Trump was in Hanoi in February 2019.")).isTrue();
        assertThat(Contraries.contradicted("did the ties survive that?",
                "Ties between Pyongyang and Moscow fell apart after the 1991 Soviet collapse.")).isTrue();
        assertThat(Contraries.contradicted("is the revenue in the billions?",
                "a revenue stream estimated in the hundreds of millions of dollars")).isTrue();
        assertThat(Contraries.contradicted("did it go good",
                "The Hanoi summit ended with no agreements.")).isTrue();
    }

    @Test
    void anAnswerThatSpeaksOfTheOppositionItselfLeavesNoContradictionElsewhere() {
        assertThat(Contraries.contradictedElsewhere("and kim wants to keep it?", "Kim wants it to stop.",
                "The Kim regime would like to keep that revenue flowing.")).isFalse();
        assertThat(Contraries.contradictedElsewhere("did it go anywhere?", "The Hanoi summit ended with no agreements.",
                "Kim's second summit with Trump was in Hanoi.")).isTrue();
    }

    @Test
    void aClauseThatSaysAWordTwiceIsNoError() {
        String answer = "Despite the talk with Kim, Kim's primary concern is Kim's economy.";
        assertThat(Contraries.setAside(List.of("talk", "priority"), "is the talk kim's priority", answer)).isTrue();
    }

    @Test
    void stayingAgainstBeingKickedOutContradicts() {
        assertThat(Contraries.contradicted("will the laborers get to stay past this year?",
                "The laborers are being kicked out of Russia by the end of this year.")).isTrue();
    }

    @Test
    void aQuestionThatRestatesTheClauseSetAsideIsNotDenied() {
        String answer = "Despite all the talk in Washington about denuclearization, Kim's primary concern is improving"
                + " his country's economy.";
        assertThat(Contraries.setAside(List.of("mostly", "primary", "talking", "denuclearization"),
                "is washington mostly talking about denuclearization", answer)).isFalse();
        assertThat(Contraries.setAside(List.of("denuclearization", "kim", "top", "priority"),
                "is denuclearization kim s top priority", answer)).isTrue();
    }

    @Test
    void earlierThanExpectedContradictsSurprisinglyLate() {
        assertThat(Contraries.contradicted("is the meeting coming earlier than expected?",
                "The Kim-Putin meeting is coming surprisingly late in the game.")).isTrue();
    }

    @Test
    void moneyDryingUpContradictsKeepingItFlowing() {
        assertThat(Contraries.contradicted("is the regime ok with that cash drying up?",
                "The Kim regime would like to keep that revenue flowing.")).isTrue();
    }

    @Test
    void anImpasseIsStuckAndNoHeadway() {
        String answer = "Kim's efforts to get out from under sanctions have reached an impasse.";
        assertThat(Contraries.sameSideWords("is he stuck?", answer)).contains("stuck");
        assertThat(Contraries.contradicted("has he made headway?", answer)).isTrue();
    }

    @Test
    void aSecretMoveIsTheFurtiveOneAndAnOpenOneIsNot() {
        assertThat(Contraries.sameSideWords("is it a secret move?", "It is Kim's furtive pivot north.")).contains("secret");
        assertThat(Contraries.contradicted("is he doing it openly?", "It is Kim's furtive pivot north.")).isTrue();
    }

    @Test
    void anotherFactContradictsByAnOppositionTheAnswerSaysNothingOf() {
        String outcome = "The Hanoi summit ended with no agreements on either denuclearization measures.";
        assertThat(Contraries.contradictedElsewhere("did kim's second summit with trump go well?", outcome,
                "Kim's second summit with Trump was in Hanoi in February 2019.")).isTrue();
        assertThat(Contraries.contradictedElsewhere("did it go well?", outcome,
                "Talks have made no headway and are stuck.")).isFalse();
    }
}
