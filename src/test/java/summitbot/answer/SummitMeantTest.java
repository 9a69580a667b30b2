package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import summitbot.nlp.Intents;

class SummitMeantTest {
    @Test
    void itWithNothingBeforeItIsTheSummit() {
        assertThat(SummitMeant.rewrite("is it in St Petersburg?", Optional.empty()))
                .contains("is the summit in st petersburg?");
    }

    @Test
    void itAfterWhoMeetsIsStillTheSummit() {
        assertThat(SummitMeant.rewrite("so was it held on friday", Optional.of(Intents.PARTICIPANTS)))
                .contains("so was the summit held on friday?");
    }

    @Test
    void itAfterAnotherTopicIsWhatThatTopicSpokeOf() {
        assertThat(SummitMeant.rewrite("is it in St Petersburg?", Optional.of(Intents.SOURCE))).isEmpty();
    }

    @Test
    void aQuestionNotAskingWhereOrWhenItIsIsLeftAlone() {
        assertThat(SummitMeant.rewrite("is it true they meet?", Optional.empty())).isEmpty();
    }
}
