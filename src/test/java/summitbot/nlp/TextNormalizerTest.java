package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = TextNormalizer.load();

    @Test
    void wordsAreLowercasedAndLemmatised() {
        assertThat(normalizer.normalize("How many WORKERS are there?")).contains("worker").doesNotContain("WORKERS", "?");
    }

    @Test
    void numberWordsAndDigitsMeetInOneForm() {
        assertThat(normalizer.normalize("four summits")).startsWith("4");
        assertThat(normalizer.normalize("10,000 laborers")).startsWith("10000");
    }

    @Test
    void punctuationIsDroppedButEmojiAreKept() {
        String[] tokens = normalizer.normalize("hi!!! 👋 ... ???");
        assertThat(tokens).contains("hi").contains("👋").doesNotContain("!", "...", "?");
    }

    @Test
    void theSameTextAlwaysNormalisesTheSameWhateverCameBefore() {
        String[] first = normalizer.normalize("he left the meeting");
        normalizer.normalize("turn left at the meetings, meeting people");
        assertThat(normalizer.normalize("he left the meeting")).containsExactly(first);
    }

    @Test
    void textWithNoWordsGivesNoTokens() {
        assertThat(normalizer.normalize("?!... ,")).isEmpty();
    }
}
