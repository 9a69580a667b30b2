package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content words a question or an answer is matched by. */
class ContentWordsTest {
    @Test
    void theUnitedStatesIsOneWordHoweverItIsWritten() {
        assertThat(ContentWords.words("estimated by U.S. officials")).containsExactly("estimated", "america", "officials");
        assertThat(ContentWords.words("talks with the United States")).containsExactly("talks", "america");
        assertThat(ContentWords.words("what's the us got to do with it")).containsExactly("america");
    }

    @Test
    void usWithoutAnArticleIsThePronoun() {
        assertThat(ContentWords.words("can you tell us about the wheat")).containsExactly("wheat");
    }

    @Test
    void heIsTypedWithoutItsApostropheIsNoContentWord() {
        assertThat(ContentWords.words("so hes stuck")).containsExactly("stuck");
    }
}
