package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.UnitStore;
import summitbot.nlp.PersonFinder;
import summitbot.nlp.SlotFinder;

/** "who is then?" after a yes/no question: that question again, of "who" (questions written for this test). */
class AskedAgainTest {
    @RegisterExtension
    final CoreFixture core = new CoreFixture();

    private AskedAgain again() {
        return new AskedAgain(new PersonFinder(new PeopleDirectory(core.db())::aliases),
                new SlotFinder(new UnitStore(core.db()).slotTerms()));
    }

    @Test
    void thePersonCheckedGivesWayToWho() {
        assertThat(again().rewrite("who is it then?", "Is Medvedev the Russian president?"))
                .contains("who is the russian president");
    }

    @Test
    void aCountryOfTwoWordsGivesWayToWho() {
        assertThat(again().rewrite("so who was then", "was south korea the one that rebuilt the north?"))
                .contains("who was the one that rebuilt the north");
    }

    @Test
    void aSubjectNamedLastGivesWayToWhoAndAPossessiveIsNoSubject() {
        assertThat(again().rewrite("who then", "is north korea's main trading partner russia?"))
                .contains("who is north korea s main trading partner");
    }

    @Test
    void aQuestionCheckingNoPersonOrCountryIsNotAskedAgain() {
        assertThat(again().rewrite("who is then", "is the summit in vladivostok?")).isEmpty();
    }

    @Test
    void aQuestionThatIsNotWhoThenLeavesTheLastQuestionAlone() {
        assertThat(again().rewrite("who is he", "is medvedev the russian president?")).isEmpty();
    }

    @Test
    void nothingAskedBeforeMeansNothingToAskAgain() {
        assertThat(again().rewrite("who is then", null)).isEmpty();
    }
}
