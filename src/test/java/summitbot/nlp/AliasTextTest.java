package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AliasTextTest {
    @Test
    void aTwoDigitYearAtTheEndOfAPhraseIsWrittenInFull() {
        assertThat(AliasText.normalise("What happened in 91?")).isEqualTo("what happened in 1991");
        assertThat(AliasText.normalise("back in '02 was it")).isEqualTo("back in 2002 was it");
    }

    @Test
    void aTwoDigitNumberFollowedByWhatItCountsIsNoYear() {
        assertThat(AliasText.normalise("workers in 10 years?")).isEqualTo("workers in 10 years");
    }

    @Test
    void thePossessiveSIsDroppedButNotTheSOfUs() {
        assertThat(AliasText.normalise("Kim's U.S. talks")).isEqualTo("kim u s talks");
    }
}
