package summitbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.facts.Database;
import summitbot.facts.PeopleDirectory;

class PersonFinderTest {
    @TempDir
    Path dir;

    private Database db;
    private PeopleDirectory people;
    private PersonFinder finder;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("summit.db"));
        people = new PeopleDirectory(db);
        finder = new PersonFinder(people::aliases);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> ids(String text) {
        return finder.find(text).stream().map(m -> m.person().id()).toList();
    }

    @Test
    void aliasesOfFiveWordsAreFoundAsWellAsShortOnes() {
        assertThat(ids("who is north korea's current leader?")).containsExactly("kim_jong_un");
        assertThat(ids("is the president of the united states there")).containsExactly("donald_trump");
    }

    @Test
    void aLeaderIsFoundByWhatHeLeads() {
        assertThat(ids("who leads russia?")).containsExactly("vladimir_putin");
        assertThat(ids("who's running north korea")).containsExactly("kim_jong_un");
    }

    @Test
    void aCountryWordSwappedForAnotherIsNoTypo() {
        assertThat(ids("is moon the president of north korea?")).containsExactly("moon_jae_in");
        assertThat(ids("who is the president of soth korea")).containsExactly("moon_jae_in");
        assertThat(ids("do the laborers have to leave russia?")).isEmpty();
    }

    @Test
    void namesAreFoundInTheirManyForms() {
        assertThat(ids("how many times did Kim Jong-un meet Xi?")).containsExactly("kim_jong_un", "xi_jinping");
        assertThat(ids("and South Korea's president")).containsExactly("moon_jae_in");
        assertThat(ids("who is the former russian president")).containsExactly("dmitry_medvedev");
    }

    @Test
    void theLongestAliasWins() {
        assertThat(ids("who was kim's father")).containsExactly("kim_jong_il");
        assertThat(ids("who is kim's grandfather")).containsExactly("kim_il_sung");
    }

    @Test
    void indirectTitlesNameTheLeader() {
        assertThat(ids("the guy running china, what did he do")).containsExactly("xi_jinping");
        assertThat(ids("what does the kremlin boss want")).containsExactly("vladimir_putin");
    }

    @Test
    void casualTitlesNameThePersonToo() {
        assertThat(ids("who's the russian guy exactly")).containsExactly("vladimir_putin");
        assertThat(ids("what about the nk boss")).containsExactly("kim_jong_un");
        assertThat(ids("his old man?")).containsExactly("kim_jong_il");
    }

    @Test
    void theUsersOwnFamilyIsNobodyInTheArticle() {
        assertThat(ids("my dad says russia and the north were always close")).isEmpty();
        assertThat(ids("does his dad know putin")).containsExactly("kim_jong_il", "vladimir_putin");
    }

    @Test
    void smallTyposInLongerNamesAreForgiven() {
        assertThat(ids("who is kin jong un")).containsExactly("kim_jong_un");
        assertThat(ids("vladimir putn")).containsExactly("vladimir_putin");
        assertThat(ids("medvedv")).containsExactly("dmitry_medvedev");
    }

    @Test
    void shortWordsNeedAnExactMatch() {
        assertThat(ids("xo")).isEmpty();
        assertThat(ids("bad news")).isEmpty();
        assertThat(ids("how many summits has kim had with xi")).containsExactly("kim_jong_un", "xi_jinping");
    }

    @Test
    void kinshipWordsAreMarkedWithWhoseFamilyTheyName() {
        assertThat(finder.find("who is his father")).singleElement()
                .satisfies(m -> assertThat(m.relativeOf()).isEqualTo("kim_jong_un"));
    }

    @Test
    void anAliasAddedToTheDatabaseIsFoundInTheNextQuestion() {
        assertThat(ids("what about the paramount leader")).isEmpty();
        people.addAlias("xi_jinping", "paramount leader");
        assertThat(ids("what about the paramount leader")).containsExactly("xi_jinping");
    }
}
