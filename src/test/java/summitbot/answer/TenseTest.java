package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question asks about the future, and what a fact says of it. */
class TenseTest {
    @Test
    void goingToBeforeAVerbAsksAboutTheFuture() {
        assertThat(Tense.asksFuture("is there going to be a deal")).isTrue();
        assertThat(Tense.asksFuture("is russia going to send more wheat")).isTrue();
    }

    @Test
    void goingToAPlaceIsAMovementNotAPrediction() {
        assertThat(Tense.asksFuture("is kim going to russia just for the workers")).isFalse();
    }

    @Test
    void willAsksAboutTheFuture() {
        assertThat(Tense.asksFuture("will putin help him")).isTrue();
    }

    @Test
    void aFactOfWhatHappenedSpeaksOfNothingAhead() {
        assertThat(Tense.speaksAhead("Russia announced that it had shipped more than 2,000 tons of wheat.")).isFalse();
    }

    @Test
    void someonesJourneyIsUnderWayWhereAThingsIsWhereItWent() {
        assertThat(Tense.asksJourney("is putin going to pyongyang")).isTrue();
        assertThat(Tense.asksJourney("are they heading to vladivostok")).isTrue();
        assertThat(Tense.asksJourney("is the wheat going to chongjin")).isFalse();
    }

    @Test
    void whatIsDrivingSomeoneIsNoCar() {
        assertThat(Tense.asksHowSomeoneTravels("is that all that s driving him")).isFalse();
        assertThat(Tense.asksHowSomeoneTravels("is he driving there")).isTrue();
    }

    @Test
    void whereSomeoneGoesAfterThisIsAnOnwardJourney() {
        assertThat(Tense.asksOnwardJourney("is putin heading to pyongyang after the summit")).isTrue();
        assertThat(Tense.asksOnwardJourney("is kim going on to moscow")).isTrue();
        assertThat(Tense.asksOnwardJourney("is kim heading to vladivostok then")).isFalse();
        assertThat(Tense.asksOnwardJourney("is putin going to pyongyang")).isFalse();
    }
}
