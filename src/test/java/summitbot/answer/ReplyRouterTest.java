package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import summitbot.TestCore;
import summitbot.facts.Database;
import summitbot.facts.FactStore;

class ReplyRouterTest {
    @TempDir
    Path dir;

    private Database db;
    private ReplyRouter router;

    @BeforeEach
    void open() {
        db = TestCore.database(dir);
        router = TestCore.router(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Answer ask(String question) {
        return router.answer("test-" + question.hashCode(), question);
    }

    @ParameterizedTest(name = "{0} -> {1} mentions {2}")
    @CsvSource(delimiter = '|', textBlock = """
            where is the summit?                                  | location        | Vladivostok
            when do they meet                                     | date            | Thursday
            who is kim meeting                                    | participants    | first one-on-one
            how many north korean workers are still in russia     | laborers        | 10,000
            did russia send food to north korea                   | food_aid        | 2,000 tons
            which port got the wheat                              | food_aid        | Chongjin
            what is kim's trade goal with russia                  | trade_target    | $1 billion
            how many summits has kim had with xi                  | summit_count    | four summits
            how many times has kim met moon jae-in                | summit_count    | three summits
            how many summits with trump                           | summit_count    | two summits
            what happened in hanoi                                | hanoi_summit    | no agreement
            what sanctions are we talking about                   | sanctions       | 2017 U.N.
            what is kim's main concern                            | economy         | economy
            why does pyongyang rely on china                      | china           | trading partner
            what does kim want from seoul                         | south_korea     | railroads
            does russia have big projects in north korea          | russia_projects | pipelines
            why are they meeting now                              | why_now         | year and a half
            will putin help kim                                   | putin_outlook   | not entirely clear
            has putin met kim's father before                     | putin_history   | 2001
            what is the history between moscow and pyongyang      | history         | 1991
            what does kim want                                    | kim_goals       | wish list
            who is xi jinping                                     | person          | China's president
            where does this information come from                 | source          | AP
            hello                                                 | greeting        | Summit Bot
            hi                                                    | greeting        | Summit Bot
            thx                                                   | thanks_bye      | Glad to help
            what can you do                                       | help            | Topics
            thanks bye                                            | thanks_bye      | Glad to help
            """)
    void eachIntentIsAnsweredWithItsKeyFact(String question, String intent, String fact) {
        Answer a = ask(question);
        assertThat(a.intent()).isEqualTo(intent);
        assertThat(a.reply()).contains(fact);
    }

    @Test
    void aTwoPartQuestionGetsBothAnswers() {
        Answer a = ask("where is the summit, and when is it?");
        assertThat(a.reply()).contains("Vladivostok", "Thursday");
    }

    @Test
    void thePlaceAndDateOfAnotherMeetingAreNotAnsweredWithThisSummits() {
        assertThat(ask("where is kim meeting moon").intent()).isEqualTo("out_of_scope");
        assertThat(ask("when did kim meet xi").reply()).doesNotContain("Thursday");
        assertThat(ask("where is kim meeting putin").reply()).contains("Vladivostok");
    }

    @Test
    void aDeclinedQuestionIsNotRescuedByOneOfItsClauses() {
        Answer a = ask("when did trump and kim meet in singapore");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(a.reply()).doesNotContain("Thursday", "Vladivostok");
    }

    @Test
    void repliesAreShort() {
        for (String q : new String[] {"where is the summit", "how many workers are in russia", "what does kim want",
                "what happened in hanoi", "has putin met kim's father"}) {
            String reply = ask(q).reply();
            assertThat(reply.split("(?<=[.!?])\\s+(?=[A-Z])")).as(reply).hasSizeBetween(1, 3);
        }
    }

    @Test
    void aQuestionTheArticleDoesNotAnswerGetsThePoliteRefusalWithTopics() {
        Answer a = ask("how old is putin");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(a.reply()).contains("only know what the AP report").contains("Where").doesNotContain("years old");
    }

    @Test
    void anAdminsChangeShowsInTheVeryNextReply() {
        new FactStore(db).set("location.place", "Russky Island, Vladivostok", "editor");
        assertThat(ask("where is the summit").reply()).contains("Russky Island, Vladivostok");
    }

    @Test
    void aFactAddedToAnIntentIsPartOfItsReply() {
        new FactStore(db).add("location", "location.venue", "the Far Eastern Federal University campus", "editor");
        assertThat(ask("where is the summit").reply()).contains("The Far Eastern Federal University campus.");
    }

    @Test
    void aSummitCountWithoutALeaderAsksWhichLeader() {
        Answer a = ask("how many summits has kim held");
        assertThat(a.intent()).isEqualTo("summit_count");
        assertThat(a.reply()).startsWith("With which leader?").contains("Xi Jinping", "Moon Jae-in", "Donald Trump")
                .doesNotContain("four", "three");
    }

    @Test
    void aSummitCountBetweenTwoOtherLeadersIsNotAnsweredWithKimsCount() {
        Answer a = router.answerIntent("x", "summit_count");
        assertThat(a.reply()).startsWith("With which leader?");
        Answer others = router.answer("y", "how many summits has trump held with moon");
        assertThat(others.reply()).startsWith("The article only counts Kim Jong Un's summits").doesNotContain("two summits");
    }

    @Test
    void aSummitQuestionNamingTwoLeadersGetsBothCounts() {
        Answer a = ask("how many summits has kim held with xi and with moon?");
        assertThat(a.reply()).contains("four summits with Xi Jinping", "three summits with Moon Jae-in");
        assertThat(ask("how many summits with trump and with xi?").reply())
                .contains("two summits with Donald Trump", "four summits with Xi Jinping");
    }

    @Test
    void aPersonQuestionWithoutANameAsksWho() {
        Answer a = router.answerIntent("who", "person");
        assertThat(a.reply()).startsWith("Who do you mean?").contains("Dmitry Medvedev");
    }

    @Test
    void theQuestionsEntitiesAreReported() {
        Answer a = ask("how many summits did kim jong-un have with the chinese president");
        assertThat(a.entities()).extracting(Entity::id).containsExactly("kim_jong_un", "xi_jinping");
    }

    @Test
    void aTopicCanBeAnsweredDirectly() {
        assertThat(router.answerIntent("button", "food_aid").reply()).contains("Chongjin");
    }
}
