package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import summitbot.CoreFixture;
import summitbot.facts.FactStore;

class ReplyRouterTest {
    @RegisterExtension
    final CoreFixture core = new CoreFixture();

    private Answer ask(String question) {
        return core.router().answer("test-" + question.hashCode(), question);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            where is the summit?                                  | location.place                     | Vladivostok
            when do they meet                                     | date.day                           | Thursday
            is this their first meeting                           | participants.first_meeting         | first one-on-one
            how many north korean workers are still in russia     | laborers.count                     | 10,000
            how many laborers were there at the peak              | laborers.peak                      | 50,000
            how much wheat did russia ship                        | food_aid.shipment                  | 2,000 tons
            which port got the wheat                              | food_aid.port                      | Chongjin
            what is kim's trade goal with russia                  | trade_target.goal                  | $1 billion
            how many summits has kim had with xi                  | person.xi_jinping.summits_with_kim | four summits
            tell me about the role of china                       | china.summary                      | primary trading partner
            who took the photos at least                          | source.photo_credits               | Lovetsky
            how many times has kim met moon jae-in                | person.moon_jae_in.summits_with_kim | three summits
            how many summits with trump                           | person.donald_trump.summits_with_kim | two summits
            how did the hanoi summit end                          | hanoi_summit.outcome               | no agreements
            what is kim's main concern                            | economy.primary_concern            | economy
            why are officials in pyongyang nervous about china    | china.worry                        | nervous
            what projects does kim want seoul to join             | south_korea.projects               | railroads
            which big projects have russian officials talked about | russia_projects.projects          | pipelines
            how long has it been since kim came out of isolation  | why_now.since                      | year and a half
            will putin help kim                                   | putin_outlook.assessment           | not entirely clear
            when did putin meet kim's father                      | putin_history.kim_jong_il_meetings | 2001
            when did the ties between moscow and pyongyang fall apart | history.collapse               | 1991
            tell me about kim's wish list                         | kim_goals.summary                  | wish list
            who is xi jinping                                     | person.xi_jinping.description      | Chinese President
            who took the photos                                   | source.photo_credits               | Evan Vucci
            why did ties between moscow and pyongyang fall apart  | history.end_support                | end support
            give me a quick overview of what kim wants from putin | kim_goals.summary                  | wish list
            how much wheat have they got                          | food_aid.shipment                  | 2,000 tons
            so what is the trade target                           | trade_target.evidence              | tenfold
            did kim's summitry pay off?                           | why_now.serious_player             | serious player
            ok but why now?                                       | why_now.reason                     | frustrations
            what went wrong between kim and trump?                | hanoi_summit.outcome               | no agreements
            """)
    void aSpecificQuestionGetsTheUnitThatAnswersIt(String question, String unit, String fact) {
        Answer a = ask(question);
        assertThat(a.units()).as(a.detail()).first().isEqualTo(unit);
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.reply()).contains(fact);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hello           | greeting   | Summit Bot
            hi              | greeting   | Summit Bot
            thx             | thanks_bye | Glad to help
            what can you do | help       | Topics
            thanks bye      | thanks_bye | Glad to help
            """)
    void smallTalkIsAnsweredWithoutArticleFacts(String question, String intent, String words) {
        Answer a = ask(question);
        assertThat(a.intent()).isEqualTo(intent);
        assertThat(a.kind()).isEqualTo(Reply.Kind.SMALLTALK);
        assertThat(a.reply()).contains(words);
    }

    @Test
    void whatTheRussianSideWantsIsTheGapNotKimsWishList() {
        for (String q : new String[] {"what is putin hoping to get out of this meeting with kim",
            "and what does russia want"}) {
            Answer a = ask(q);
            assertThat(a.units()).as(q + ": " + a.detail()).containsExactly("putin_outlook.gap_putin_goals");
        }
        // Unsure of any topic, the bot may ask which was meant, but never offers Kim's wish list as Russia's.
        assertThat(ask("what does russia want").units()).doesNotContain("kim_goals.wish_list");
        assertThat(ask("with russia, what does kim want?").units()).first().asString().startsWith("kim_goals.");
    }

    @Test
    void whichOnesOfAThingTheArticleDoesNotListIsItsGap() {
        for (String q : new String[] {"which sanctions are those", "what other sanctions are there"}) {
            Answer a = ask(q);
            assertThat(a.units()).as(q + ": " + a.detail()).containsExactly("sanctions.gap_list");
        }
        Answer a = ask("what are the sanctions doing to north korea?");
        assertThat(a.units()).as(a.detail()).containsExactly("sanctions.effect");
    }

    @Test
    void thePartSomeoneOtherThanTheLeadersPlaysIsTheFactThatNamesThem() {
        Answer a = ask("what has medvedev got to do with any of this?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
    }

    @Test
    void theWeekendIsCheckedLikeADay() {
        assertThat(ask("are they meeting at the weekend?").reply()).startsWith("No.").contains("Thursday");
    }

    @Test
    void anotherWarThanTheArticlesIsANo() {
        assertThat(ask("did russia help rebuild NK after WWII?").reply()).startsWith("No.").contains("Korean War");
        assertThat(ask("did russia help rebuild NK after the korean war?").reply()).startsWith("Yes.");
    }

    @Test
    void whatWasSentIsTheShipmentNotWhenItWasAnnounced() {
        Answer a = ask("so what did they send then?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.shipment");
    }

    @Test
    void wordsTypedOnAPhoneStillFindTheFact() {
        Answer a = ask("how much wheat did ru send");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.shipment");
        assertThat(a.reply()).contains("2,000 tons");
        Answer worries = ask("what r kims 2 big worries");
        assertThat(worries.units()).as(worries.detail()).containsExactly("kim_goals.urgent_concerns");
    }

    @Test
    void theFactNamingThePersonAskedAboutIsNotTradedForAnotherTopicsWordMatch() {
        core.router().answer("medvedev", "who's dmitry medvedev");
        Answer a = core.router().answer("medvedev", "did he ever meet a north korean leader?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"who's coming with kim to vladivostok", "is his sister going", "is moon going",
            "who is kim bringing with him to russia"})
    void whoGoesAlongWithTheLeadersIsWhatTheArticleDoesNotSay(String question) {
        Answer a = ask(question);
        assertThat(a.units()).as(a.detail()).containsExactly("participants.gap_delegation");
    }

    @Test
    void whatANamedPersonIsInTitleAndCountryIsWhoThatPersonIs() {
        Answer which = ask("trump is president of which country");
        assertThat(which.units()).as(which.detail()).containsExactly("person.donald_trump.description");
        assertThat(ask("trump is the us president right?").reply()).startsWith("Yes.");
        assertThat(ask("trump is the russian president right?").reply()).startsWith("No.");
    }

    @Test
    void aFactSetInAnotherCountryThanTheQuestionsIsWhatTheArticleDoesNotSay() {
        Answer china = ask("how many north korean workers are in china?");
        assertThat(china.reply()).startsWith("The article doesn't say.").contains("Russia");
        assertThat(ask("how many north korean workers are in russia?").reply()).startsWith("More than 10,000");
        assertThat(ask("where do the workers in china work?").reply()).startsWith("The article doesn't say.")
                .contains("Russian Far East");
    }

    @Test
    void theNorthNamedAsTheSettingNeedsNoFactThatNamesIt() {
        Answer a = ask("is there a food shortage in north korea?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.shortage");
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
    void aQuestionWithAFalsePremiseIsDeclinedWithTheFactNotAnsweredAsIfTrue() {
        Answer a = ask("when did trump and kim meet in singapore");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't say").contains("Hanoi")
                .doesNotContain("Thursday", "Vladivostok");
    }

    @Test
    void whetherSomeoneSaidSomethingTheArticleReportsNothingOfIsDeclinedWithTheClosestFact() {
        Answer a = ask("did trump say anything about the summit");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't say");
        assertThat(ask("did the us say anything to seoul").units()).containsExactly("south_korea.warning");
    }

    @Test
    void whyNowNamingWhereKimGoesIsStillAboutTheTiming() {
        Answer a = ask("why is kim going to russia now");
        assertThat(a.intent()).as(a.detail()).isEqualTo("why_now");
        assertThat(a.units()).allMatch(k -> k.startsWith("why_now."));
    }

    @Test
    void whatCameOutOfTheSummitAsksItsResult() {
        assertThat(ask("ok the hanoi summit with trump, what came out of it").units())
                .containsExactly("hanoi_summit.outcome");
        assertThat(ask("when did kim come out of isolation").units()).doesNotContain("hanoi_summit.outcome");
    }

    @Test
    void theDateOfAPhotoIsGivenThoughTheDateOfTheSummitIsNot() {
        assertThat(ask("what date is on the putin photo then").units()).containsExactly("source.photo_putin");
        assertThat(ask("what date is the summit").units()).containsExactly("date.gap_time");
    }

    @Test
    void accordingToThisIsWhereTheAskerReadItNotAWordToFind() {
        Answer a = ask("when was the korean war according to this");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("history.rebuild");
    }

    @Test
    void aGapMatchedOnlyByTheFactItQuotesGivesWayToThatFact() {
        Answer a = ask("which un resolution is kicking them out");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("laborers.resolution");
        assertThat(ask("which newspaper published the documents?").units()).containsExactly("trade_target.gap_newspaper");
    }

    @Test
    void aGreetingBeforeTheQuestionIsNoWordAFactMustHold() {
        Answer a = ask("good morning! quick q, which news agency is this from");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("source.agency");
    }

    @Test
    void whereaboutsInTheCityAsksMoreThanTheCity() {
        assertThat(ask("whereabouts in the city").units()).containsExactly("location.gap_venue");
    }

    @Test
    void aYearInTwoDigitsIsTheYearTheArticleGivesInFull() {
        Answer a = ask("what happened in 91");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("history.collapse");
    }

    @Test
    void aQuestionBelowTheGateThatMeansATopicsGapGetsThatGapInsteadOfTheApology() {
        Answer a = ask("is kim taking his sister along?");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).containsExactly("participants.gap_delegation");
    }

    @Test
    void aPredictionTheClassifierCannotPlaceGetsTheGapClosestInMeaning() {
        Answer a = ask("what will russia gain from the summit?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).as(a.detail()).containsExactly("putin_outlook.gap_putin_goals");
    }

    @Test
    void aPredictionItsTopicHasNoGapForGetsTheGapOfAnotherTopic() {
        Answer a = ask("how's the summit going to turn out");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).as(a.detail()).containsExactly("putin_outlook.gap_outcome");
    }

    @Test
    void aPredictionAboutNothingInTheArticleGetsNoGap() {
        Answer a = ask("will kim visit disneyland");
        assertThat(a.units()).as(a.detail()).isEmpty();
    }

    @Test
    void askingForMorePrecisionThanTheArticleGivesGetsTheTopicsGap() {
        assertThat(ask("exactly how much cash do the laborers bring the regime?").units())
                .containsExactly("laborers.gap_exact_revenue");
        assertThat(ask("how much cash do the laborers bring the regime?").units())
                .containsExactly("laborers.revenue");
    }

    @Test
    void whoElseAsksForPeopleTheArticleDoesNotNameNotWhoTheNamedOneIs() {
        assertThat(ask("who else travels with kim?").units()).containsExactly("participants.gap_delegation");
    }

    @Test
    void aGapAboutAnotherKindOfThingDoesNotDeclineTheQuestion() {
        assertThat(ask("where was it written from").units()).containsExactly("source.agency");
        assertThat(ask("when was it written").units()).containsExactly("source.gap_written");
        Answer until = core.router().answer("u", "how many nk workers are still in russia");
        assertThat(core.router().answer("u", "until when can they stay").units()).as(until.detail())
                .containsExactly("laborers.deadline");
    }

    @Test
    void aQuestionOnlyAFigureAnswersIsDeclinedByAFactWithoutOne() {
        Answer length = ask("how long would the rail route to europe be");
        assertThat(length.kind()).as(length.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(length.reply()).startsWith("The article doesn't say").contains("rail routes to Europe");
        assertThat(ask("how much would the pipeline across korea cost").kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(ask("what projects have officials talked about").kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void aWhoAnsweredByACountryIsAnsweredNotDeclined() {
        Answer a = ask("who's their main trading partner anyway");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("china.role");
    }

    @Test
    void whatSomeoneGetsOutOfItAsksWhatTheyWant() {
        assertThat(ask("what's in it for putin").units()).containsExactly("putin_outlook.gap_putin_goals");
        assertThat(ask("what does putin get out of this?").units()).containsExactly("putin_outlook.gap_putin_goals");
    }

    @Test
    void aBareWhatTimeGetsTheDateTopicsGapNotTheApology() {
        assertThat(ask("what time?").units()).containsExactly("date.gap_time");
    }

    @Test
    void askingAboutTheSituationIsBroadAndGetsTheSummary() {
        assertThat(ask("how's the food situation over there?").units()).containsExactly("food_aid.summary");
    }

    @Test
    void askingForTheCalendarDateOrWhatBecomesOfTheWorkersGetsTheGap() {
        assertThat(ask("which date is the summit on?").units()).containsExactly("date.gap_time");
        assertThat(ask("what's the actual date?").units()).containsExactly("date.gap_time");
        assertThat(ask("what happens to the laborers after they leave russia?").units())
                .containsExactly("laborers.gap_aftermath");
    }

    @Test
    void aPortOfAnotherNationalityIsNotTheOneTheWheatWentTo() {
        Answer a = ask("which chinese port did the wheat go to?");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't say").contains("Chongjin");
    }

    @Test
    void whatKimWantsOverallGetsHisGoalsSummaryNotWhatPutinWants() {
        Answer a = ask("so what is kim hoping to get from putin?");
        assertThat(a.units()).containsExactly("kim_goals.summary");
    }

    @Test
    void aClauseAfterTheQuestionWordDoesNotMakeItAWhenQuestion() {
        assertThat(ask("what did kim set out to do when he left isolation behind?").units())
                .containsExactly("why_now.plan");
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
        assertThat(a.reply()).contains("doesn't answer that").contains("/topics").doesNotContain("years old");
        assertThat(a.reply().split("\\s+")).hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void anAdminsChangeShowsInTheVeryNextReply() {
        new FactStore(core.db()).set("location.place", "Russky Island, Vladivostok", "editor");
        assertThat(ask("where is the summit").reply()).contains("Russky Island, Vladivostok");
    }

    @Test
    void aFactAddedToATopicAnswersQuestionsInItsWords() {
        new FactStore(core.db()).add("location", "location.venue", "the Far Eastern Federal University campus", "editor");
        assertThat(ask("which university campus hosts it?").reply()).contains("Far Eastern Federal University campus");
    }

    @Test
    void aSummitCountWithoutALeaderGivesEveryCount() {
        Answer a = ask("how many summits has kim held");
        assertThat(a.intent()).isEqualTo("summit_count");
        assertThat(a.units()).containsExactly("summit_count.summary");
        assertThat(a.reply()).contains("four summits with Chinese President Xi Jinping", "three", "two with Trump");
    }

    @Test
    void aSummitCountBetweenTwoOtherLeadersIsNotAnsweredWithKimsCount() {
        Answer others = core.router().answer("y", "how many summits has trump held with moon");
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
        Answer a = core.router().answerIntent("who", "person");
        assertThat(a.reply()).startsWith("Who do you mean?").contains("Dmitry Medvedev");
    }

    @Test
    void theQuestionsEntitiesAreReported() {
        Answer a = ask("how many summits did kim jong-un have with the chinese president");
        assertThat(a.entities()).extracting(Entity::id).containsExactly("kim_jong_un", "xi_jinping");
    }

    @Test
    void aTopicCanBeAnsweredDirectly() {
        assertThat(core.router().answerIntent("button", "food_aid").reply()).contains("Chongjin");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            is the summit in beijing?                | No.  | Vladivostok
            is the summit in moscow?                 | No.  | Vladivostok
            so they meet on thursday?                | Yes. | Thursday
            is it happening on monday                | No.  | Thursday
            did russia ship corn to north korea?     | No.  | wheat
            did russia send wheat?                   | Yes. | 2,000 tons
            has kim held six summits with xi?        | No.  | four summits
            has kim held four summits with xi?       | Yes. | four summits
            did putin visit pyongyang in 2001?       | No.  | 2000
            were there once as many as 50,000 laborers? | Yes. | 50,000
            did the soviet union collapse in 1989?   | No.  | 1991
            """)
    void aYesNoQuestionGetsAPlainYesOrNoWithTheFact(String question, String verdict, String fact) {
        Answer a = ask(question);
        assertThat(a.reply()).as(a.detail()).startsWith(verdict).contains(fact);
    }

    @Test
    void aYesNoQuestionTheArticleCannotSettleGetsTheFactWithoutAYesOrNo() {
        Answer a = ask("will putin help kim?");
        assertThat(a.reply()).doesNotStartWith("Yes").doesNotStartWith("No").contains("not entirely clear");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            who else is in kim's delegation?              | names only the leaders
            what is the name of the south korean researcher? | doesn't name the researcher
            which japanese newspaper printed the documents?  | doesn't name the newspaper
            what time does the meeting begin?             | Thursday
            """)
    void aQuestionAboutATopicThatTheArticleDoesNotAnswerIsDeclinedWithTheClosestFact(String question,
                                                                                       String closest) {
        Answer a = ask(question);
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't").contains(closest);
    }

    @Test
    void askingWhoTheBotIsGetsTheIntroduction() {
        for (String q : new String[] {"who are you?", "are you a bot?", "what are you"}) {
            Answer a = ask(q);
            assertThat(a.kind()).as(q).isEqualTo(Reply.Kind.SMALLTALK);
            assertThat(a.reply()).as(q).contains("Summit Bot");
        }
    }

    @Test
    void aBroadQuestionGetsTheTopicSummary() {
        Answer a = ask("tell me about the workers");
        assertThat(a.units()).containsExactly("laborers.summary");
        assertThat(a.reply().split("\\s+")).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void aSpecificReplyIsOneShortSentence() {
        Answer a = ask("how much wheat did russia ship?");
        assertThat(a.reply()).isEqualTo("Russia announced that it had shipped more than 2,000 tons of wheat to the North.");
    }

    @Test
    void anAdminsEditToAUnitShowsInTheNextReply() {
        new FactStore(core.db()).set("food_aid.port", "The wheat was shipped to the port of Nampo.", "editor");
        assertThat(ask("which port got the wheat").reply()).isEqualTo("The wheat was shipped to the port of Nampo.");
        assertThat(ask("did the wheat go to nampo?").reply()).startsWith("Yes.");
    }

    @Test
    void whenTheTopicHasNoAnswerOfTheKindAskedAnotherTopicsUnitThatHasItAnswers() {
        Answer a = ask("why can't kim fix the economy?");
        assertThat(a.units()).as(a.detail()).containsExactly("sanctions.effect");
    }

    @Test
    void anExclusiveQuestionIsNeverConfirmed() {
        assertThat(ask("is kim going to russia just for food and workers?").reply()).doesNotStartWith("Yes");
    }

    @Test
    void aPlaceTheAnswerCannotDecideIsNotConfirmedByWordsThatMeanIt() {
        assertThat(ask("was the wheat sent to pyongyang?").reply()).doesNotStartWith("Yes");
    }

    @Test
    void whereThingsStandAsksHowThingsAreNotAPlace() {
        Answer a = ask("so where do things stand with sanctions?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).first().asString().startsWith("sanctions.");
    }

    @Test
    void whatIsHappeningToATopicAsksForItsSummary() {
        assertThat(ask("what's happening to the north korean workers in russia?").units())
                .containsExactly("laborers.summary");
    }

    @Test
    void aPersonNamedInAQuestionAboutSomethingElseIsNotDescribed() {
        Answer a = ask("who took the pic of kim");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("source."));
    }

    @Test
    void exactlyHowManyAsksMoreThanTheEstimateTheFactGives() {
        Answer a = ask("exactly how many millions do the laborers make");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.gap_exact_revenue");
    }

    @Test
    void whoWantsSomethingIsAnsweredByTheFactNamingWhoWantsIt() {
        Answer a = ask("who wants the laborers' money to keep coming");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.keep_flowing");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void whoSomeoneIsAskedWithAsidesAroundTheNameIsStillWhoHeIs() {
        assertThat(ask("who was medvedev again? i forgot lol").units()).startsWith("person.dmitry_medvedev.description");
        assertThat(ask("sorry, who was medvedev again?").units()).startsWith("person.dmitry_medvedev.description");
    }

    @Test
    void aNameAloneAsksWhoThatIsNotWhether() {
        Answer a = ask("kim's old man?");
        assertThat(a.units()).as(a.detail()).containsExactly("person.kim_jong_il.description");
        assertThat(a.reply()).startsWith("Kim Jong Il");
        assertThat(ask("is trump the US president?").reply()).startsWith("Yes.");
    }

    @Test
    void aPredictionTheArticleDoesNotMakeIsDeclinedWithTheClosestFact() {
        Answer third = ask("will there be a third trump-kim summit?");
        assertThat(third.kind()).as(third.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(third.reply()).startsWith("The article doesn't say.");
        Answer leave = ask("when will the workers leave?");
        assertThat(leave.units()).as(leave.detail()).containsExactly("laborers.deadline");
        assertThat(leave.kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void whatIsOnTheWishListGetsWhatTheArticleSaysItHoldsNotThatItIsLong() {
        Answer a = ask("so what's on kim's wish-list for vladivostok");
        assertThat(a.units()).as(a.detail()).containsExactly("kim_goals.summary");
    }

    @Test
    void whatTheTradeTargetIsGetsTheTargetItself() {
        Answer a = ask("wats kim's trade target with moscow");
        assertThat(a.units()).as(a.detail()).containsExactly("trade_target.goal");
    }

    @Test
    void aTypoThatSoundsLikeAnotherTopicToTheEncoderKeepsTheTopicThatAnswersWhen() {
        Answer a = ask("When is the summmit ?");
        assertThat(a.units()).as(a.detail()).containsExactly("date.day");
    }

    @Test
    void howAreYouIsAGreeting() {
        Answer a = ask("hey, how are you?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.SMALLTALK);
    }

    @Test
    void whoIsComingWithKimIsTheDelegationTheArticleDoesNotName() {
        Answer a = ask("so who is going with kim to the summit?");
        assertThat(a.units()).as(a.detail()).containsExactly("participants.gap_delegation");
    }

    @Test
    void himselfIsNotAWordTheAnswerMustHold() {
        Answer a = ask("when did putin himself go to pyongyang?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.reply()).contains("2000");
    }

    @Test
    void aRequestForARundownOfWhatKimHopesToGetIsHisGoals() {
        Answer a = ask("can you give me a brief rundown of what kim is hoping to get from putin?");
        assertThat(a.units()).as(a.detail()).containsExactly("kim_goals.summary");
    }

    @Test
    void aWordTheArticleNeverUsesKeepsAnOutOfScopeQuestionDeclined() {
        Answer a = ask("Is Kim going to attack South Korea?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
    }

    @Test
    void aWordMatchElsewhereWithNothingOfTheMeaningDoesNotOverruleTheTopic() {
        Answer a = ask("what's china's role in all this");
        assertThat(a.intent()).as(a.detail()).isEqualTo("china");
        assertThat(ask("ok so whats the article about in general").units()).containsExactly("source.summary");
    }

    @Test
    void inGeneralIsNoWordAFactMustHold() {
        assertThat(ask("how many workers are there in general").units()).containsExactly("laborers.count");
    }

    @Test
    void aQuestionBothOpinionsDeclineButNearlyAnExampleOfAFactGetsThatFact() {
        Answer a = ask("the documents, who got hold of them?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("trade_target.evidence");
    }

    @Test
    void aThingAskedForByItsNameAloneGetsTheOneFactStatingItNotTheOverview() {
        assertThat(ask("whats the headline?").units()).containsExactly("source.title");
        // ("food" names the topic, "Food aid": the overview; a person is no thing a fact states.)
        assertThat(ask("tell me more about the food thing").units()).containsExactly("food_aid.summary");
        assertThat(ask("so what happened with trump?").units()).containsExactly("hanoi_summit.summary");
    }

    @Test
    void someoneTheArticleNamesInOneFactAloneIsDescribedWithThatFact() {
        Answer a = ask("who was kim jong un's grandfather?");
        assertThat(a.units()).containsExactly("person.kim_il_sung.description", "history.founding");
        assertThat(a.reply()).startsWith("Kim Il Sung is Kim's grandfather.").contains("instrumental role");
        assertThat(ask("who is xi jinping?").units()).containsExactly("person.xi_jinping.description");
    }

    @Test
    void whoAmongCountriesOfferedIsAnsweredByTheOneTheFactNames() {
        Answer a = ask("russia or china, who is the north's main trading partner?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("china.role");
    }

    @Test
    void theExpulsionsAreTheLaborersBeingKickedOut() {
        Answer a = ask("what is behind the expulsions?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.resolution");
    }
}
