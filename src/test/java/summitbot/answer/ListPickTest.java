package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Picking an item of a listing answer by its place or its count. */
class ListPickTest {
    private static final String CONCERNS = "Kim has two urgent concerns: the North Korean laborers being kicked out"
            + " of Russia, and a possible food shortage this summer.";
    private static final String SUMMITS = "Kim has held four summits with Chinese President Xi Jinping, three with"
            + " South Korean President Moon Jae-in and two with Trump.";

    @Test
    void theItemsOfAListAfterAColonAreItsParts() {
        assertThat(ListPick.items(CONCERNS)).containsExactly("the North Korean laborers being kicked out of Russia",
                "a possible food shortage this summer");
    }

    @Test
    void aNumberWithAThousandsCommaIsNotTwoItems() {
        assertThat(ListPick.items("Russia shipped more than 2,000 tons of wheat and flour.")).hasSize(2)
                .first().asString().contains("2,000");
    }

    @Test
    void theSecondOneIsReplacedByTheSecondItem() {
        assertThat(ListPick.rewrite("tell me about the second one", CONCERNS))
                .contains("tell me about a possible food shortage this summer");
    }

    @Test
    void theMostPicksTheItemWithTheLargestCount() {
        assertThat(ListPick.rewrite("with whom the most?", SUMMITS)).hasValueSatisfying(
                r -> assertThat(r).contains("Xi Jinping").doesNotContain("Trump"));
    }

    @Test
    void theFirstTimePicksNothing() {
        assertThat(ListPick.rewrite("is this the first time they meet", CONCERNS)).isEmpty();
    }

    @Test
    void anAnswerOfOneItemOffersNothingToPick() {
        assertThat(ListPick.rewrite("and the second?", "Putin visited Pyongyang in 2000.")).isEmpty();
    }
}
