package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;

/**
 * Follow-ups resolved against the last answer: its reason, the claim after it, an item of the list
 * it gave, the place it named, the person it named (questions written for this test, in no data file).
 */
class DialogueStateTest {
    @RegisterExtension
    final CoreFixture core = new CoreFixture();

    private Answer after(String first, String then) {
        Answer a = core.router().answer("c", first);
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        return core.router().answer("c", then);
    }

    @Test
    void thenWhatHappenedIsTheClaimTheArticleStatesNext() {
        Answer a = after("when was putin in pyongyang", "then what happened?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.kim_jong_il_meetings");
    }

    @Test
    void howComeAfterAnAnswerIsTheReasonTheArticleGivesBesideIt() {
        Answer a = after("by when do the north korean workers have to leave russia", "how come?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.resolution");
    }

    @Test
    void whyAfterAReasonAsksForTheReasonBehindItNotTheSameSentenceAgain() {
        core.router().answer("c", "when did the ties between moscow and pyongyang fall apart");
        Answer a = core.router().answer("c", "why?");
        assertThat(a.units()).as(a.detail()).containsExactly("history.end_support");
    }

    @Test
    void anOrdinalPicksFromTheListJustGivenAndTheListStaysForTheNextPick() {
        Answer list = core.router().answer("c", "what two worries does kim have");
        assertThat(list.units()).as(list.detail()).containsExactly("kim_goals.urgent_concerns");
        Answer second = core.router().answer("c", "tell me more about the second one");
        assertThat(second.units()).as(second.detail()).allMatch(k -> k.startsWith("food_aid."));
        Answer first = core.router().answer("c", "and the first?");
        assertThat(first.units()).as(first.detail()).allMatch(k -> k.startsWith("laborers."));
    }

    @Test
    void heAfterAnOverviewOfSomeoneIsThatPersonNotAnotherTheOverviewNames() {
        Answer a = after("tell me about putin's past dealings with the north", "did he meet kim jong il in vladivostok?");
        assertThat(a.reply()).as(a.detail()).startsWith("Yes.");
    }

    @Test
    void aSuperlativePicksTheItemWithTheSmallestCount() {
        Answer a = after("list kim's summits with other leaders", "and who did he meet the least?");
        assertThat(a.units()).as(a.detail()).containsExactly("person.donald_trump.summits_with_kim");
    }

    @Test
    void whoIsItThenAsksTheLastQuestionAgainOfWhoeverHoldsTheRole() {
        Answer a = after("is medvedev the russian president?", "who is it then?");
        assertThat(a.units()).as(a.detail()).containsExactly("person.vladimir_putin.description");
    }

    @Test
    void whoIsThenAfterACountryCheckedAsksWhichCountryHoldsTheRole() {
        Answer a = after("is japan north korea's biggest trading partner?", "so who is then");
        assertThat(a.units()).as(a.detail()).containsExactly("china.role");
    }

    @Test
    void andACityTheLastTopicNamesAsksAboutItThereNotWhereTheSummitIs() {
        Answer a = after("who did putin meet in 2002?", "and moscow?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.kim_jong_il_meetings");
    }

    @Test
    void aCityAloneAsksForTheFactThatNamesItNotTheTopicsOverview() {
        Answer a = after("tell me about the food aid", "chongjin?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.port");
    }

    @Test
    void aCountryAloneAfterAnOverviewStillAsksAboutTheCountry() {
        Answer a = after("tell me about the food aid", "and china?");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("china."));
    }

    @Test
    void aShortFigureQuestionTheLastTopicsGapCoversStaysInThatTopic() {
        Answer a = after("what does china mean for north korea?", "trade how much");
        assertThat(a.units()).as(a.detail()).containsExactly("china.gap_figures");
    }

    @Test
    void aFollowUpToAGapAsksOfTheFactTheGapRestates() {
        core.router().answer("c", "how much do the laborers earn for the regime?");
        Answer gap = core.router().answer("c", "what's the precise figure?");
        assertThat(gap.units()).as(gap.detail()).containsExactly("laborers.gap_exact_revenue");
        Answer a = core.router().answer("c", "says who?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.revenue");
    }

    @Test
    void anotherCountryAloneGetsTheClaimBesideTheLastOneThatNamesIt() {
        Answer a = after("are there chinese businessmen in north korea?", "what about russia?");
        assertThat(a.units()).as(a.detail()).containsExactly("russia_projects.footprint");
    }

    @Test
    void aCountryWithMoreAskedIsNotTakenForTheClaimBeside() {
        Answer a = after("are there chinese businessmen in north korea?", "and did russia help rebuild after the war?");
        assertThat(a.units()).as(a.detail()).doesNotContain("russia_projects.footprint");
    }

    @Test
    void thereIsThePlaceTheLastAnswerNamed() {
        Answer a = after("why might kim be frustrated", "what happened there?");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("hanoi_summit."));
    }

    @Test
    void aPronounBeforeANamedPersonIsWhoTheQuestionAsksAbout() {
        Answer a = after("who did moscow help bring to power", "who's he to kim jong un?");
        assertThat(a.units()).as(a.detail()).first().isEqualTo("person.kim_il_sung.description");
    }

    @Test
    void aShortQuestionPointingBackIsAnsweredInTheLastTopicNotDeclinedForItsFewWords() {
        Answer a = after("what kind of work do the north korean laborers in russia do", "by when must they be gone?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.deadline");
    }

    @Test
    void whoIsThatAsksWhoThePersonTheLastAnswerBroughtInIs() {
        Answer a = after("did any russian besides putin meet kim jong il", "who's this guy?");
        assertThat(a.units()).as(a.detail()).startsWith("person.dmitry_medvedev.description");
    }

    @Test
    void howManyWithoutATimeIsTheFigureForNowNotThePeak() {
        Answer a = after("where do the north korean workers in russia mostly work", "how many of them?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.count");
    }

    @Test
    void andHowManyNowAfterThePeakIsTheFigureForNow() {
        Answer a = after("how many north korean laborers were there at the peak?", "and how many now?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.count");
    }

    @Test
    void aQuestionPointingBackWithWordsOnlyAnotherTopicHoldsGoesToThatTopic() {
        core.router().answer("c", "will kim give up nuclear weapons?");
        Answer a = core.router().answer("c", "ok so what's blocking him from fixing the economy");
        assertThat(a.units()).as(a.detail()).containsExactly("sanctions.effect");
    }

    @Test
    void whyHasntItBeenBuiltAfterTheBigProjectsIsPutinsLackOfInterest() {
        Answer a = after("has russia talked about a railway to europe", "why hasn't it been built?");
        assertThat(a.units()).as(a.detail()).containsExactly("russia_projects.putin_interest");
    }

    @Test
    void isThatMoreThanComparesTheLastAnswersCountWithTheNewOneAndGivesBoth() {
        Answer more = after("how many summits has kim held with xi", "is that more than with moon?");
        assertThat(more.units()).as(more.detail()).containsExactly("summit_count.summary");
        assertThat(more.reply()).startsWith("Yes.");
        Answer fewer = core.router().answer("c", "is that fewer than with trump?");
        assertThat(fewer.reply()).as(fewer.detail()).startsWith("No.");
    }

    @Test
    void aQuestionAboutTheFirstTimeTheyMeetPicksNoItem() {
        core.router().answer("c", "what two worries does kim have");
        Answer a = core.router().answer("c", "is this the first time kim and putin meet");
        assertThat(a.units()).as(a.detail()).containsExactly("participants.first_meeting");
    }

    @Test
    void aBarePickAsksAboutTheItemAndIsNoYesNoQuestion() {
        Answer a = after("what two things is kim worried about", "the second one?");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("food_aid."));
        assertThat(a.reply()).doesNotStartWith("Yes").doesNotStartWith("No");
    }

    @Test
    void theYearOfAThingTheLastAnswerNamedIsGivenNotDeclined() {
        Answer a = after("why are the workers being kicked out", "what year was that resolution");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.reply()).contains("2017");
    }

    @Test
    void whyNowAfterAnotherTopicAsksWhyTheSummitIsNow() {
        Answer a = after("where are they meeting", "why now");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("why_now."));
    }

    @Test
    void aPointingBackQuestionWhoseEveryWordAnotherTopicHoldsGoesThere() {
        Answer a = after("do russians have lots of businessmen in north korea", "are there many chinese businessmen there");
        assertThat(a.units()).as(a.detail()).containsExactly("china.businessmen");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void aPersonAskedOfTheLastAnswerIsNeverConfirmedByWhoThatPersonIs() {
        Answer a = after("when was the hanoi summit", "was that with xi jinping?");
        assertThat(a.units()).as(a.detail()).containsExactly("hanoi_summit.when");
        assertThat(a.reply()).doesNotStartWith("Yes");
    }

    @Test
    void whereElseAsksForAnotherPlaceOfTheLastTopic() {
        Answer a = after("when did putin meet kim's father", "where else did they meet");
        assertThat(a.units()).as(a.detail()).allMatch(k -> k.startsWith("putin_history."));
    }

    @Test
    void aBareHisAfterOneOfKimsFamilyStillMeansKim() {
        core.router().answer("c", "who is kim jong un");
        Answer a = after("who's his grandfather", "and his dad?");
        assertThat(a.units()).as(a.detail()).containsExactly("person.kim_jong_il.description");
        assertThat(a.reply()).doesNotStartWith("No").doesNotStartWith("Yes");
    }

    @Test
    void hisAfterOneOfKimsFamilyInAWhQuestionAsksOfThatRelative() {
        Answer a = after("who is kim il sung", "who was his father");
        assertThat(a.units()).as(a.detail()).isEmpty();
    }

    @Test
    void askingTheLastAnswerForMorePrecisionGetsWhatTheArticleDoesNotSay() {
        Answer figure = after("do the workers make a lot of money for kim", "whats the exact figure");
        assertThat(figure.units()).as(figure.detail()).containsExactly("laborers.gap_exact_revenue");
        Answer venue = after("where are they meeting", "where in the city");
        assertThat(venue.units()).as(venue.detail()).containsExactly("location.gap_venue");
    }

    @Test
    void aWhOfAWordOrTwoThatOnlyTheLastTopicKnowsAsksAboutIt() {
        Answer a = after("is north korea facing a food shortage", "how bad");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.gap_size");
    }

    @Test
    void aShortWhTheLastTopicCannotAnswerIsNotPulledIntoIt() {
        Answer a = after("is it their first one on one meeting", "what time");
        assertThat(a.units()).as(a.detail()).noneMatch(k -> k.startsWith("participants."));
    }

    @Test
    void aShortYesNoAboutAPlaceIsCheckedByTheLastTopicsFactThatSaysWhere() {
        core.router().answer("c", "did russia ship 2,000 tons of wheat?");
        Answer a = after("was it this month?", "to pyongyang?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.port");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void whoDoesAfterUnlikeChinaAsksAboutChina() {
        Answer a = after("do russians have lots of businessmen in north korea", "who does");
        assertThat(a.units()).as(a.detail()).containsExactly("china.businessmen");
    }

    @Test
    void aFigureWrittenShortIsTheValueCheckedNotAWordToFind() {
        Answer a = after("how many north korean laborers are in russia", "are there still more than 10k of them?");
        assertThat(a.reply()).as(a.detail()).startsWith("Yes.");
    }

    @Test
    void himAfterSomeoneElseIsReadAsThatPersonWhereItMovesTheQuestionToHisTopic() {
        Answer a = after("ok what about kim's dad, who was he", "where did putin meet him");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.kim_jong_il_meetings");
        Answer b = after("who's kim il sung again", "what did russia have to do with him");
        assertThat(b.units()).as(b.detail()).containsExactly("history.founding");
    }

    @Test
    void himInTheSameTopicIsLeftToTheConversationsOwnRules() {
        Answer a = after("did medvedev meet kim jong il in 2001", "who met him in 2001 then");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.kim_jong_il_meetings");
    }

    @Test
    void whatsBlockingThatAfterAnAimIsTheReasonGivenNext() {
        Answer a = after("is kim's main concern denuclearization", "whats blocking that");
        assertThat(a.units()).as(a.detail()).containsExactly("sanctions.effect");
    }

    @Test
    void byWhenAsksTheDeadlineNotTheReason() {
        Answer a = after("why are the nk workers in russia leaving", "by when");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.deadline");
    }

    @Test
    void whatYearAsksTheFactThatStatesAYear() {
        Answer a = after("theyre getting kicked out bc of a un resolution?", "from what year");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.resolution");
        Answer b = after("kim wants to double trade with russia?", "by what year");
        assertThat(b.units()).as(b.detail()).containsExactly("trade_target.goal");
    }

    @Test
    void whyIsntItHappeningAsksTheReasonBehindTheLastClaim() {
        Answer a = after("what does kim want from south korea", "so why isnt it happening");
        assertThat(a.units()).as(a.detail()).containsExactly("south_korea.obstacle");
        Answer b = after("what did kim want from seoul", "and why is that stuck");
        assertThat(b.units()).as(b.detail()).containsExactly("south_korea.obstacle");
    }

    @Test
    void whoIsTheOtherLeaderKimMeetsAsksWhoThatIsAndHimThenMeansThem() {
        Answer a = core.router().answer("c", "who's the chinese leader kim keeps meeting");
        assertThat(a.units()).as(a.detail()).containsExactly("person.xi_jinping.description");
        Answer b = core.router().answer("c", "how many times has kim met him");
        assertThat(b.units()).as(b.detail()).containsExactly("person.xi_jinping.summits_with_kim");
        assertThat(core.router().answer("d", "where is kim meeting moon").kind()).isEqualTo(Reply.Kind.DECLINE);
    }

    @Test
    void aBarePersonTheLastTopicDoesNotNameIsAskedWhereTheArticleSpeaksOfHimMost() {
        Answer a = after("tell me about the history between russia and nk", "and medvedev?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
        Answer b = after("tell me about the history between russia and nk", "and putin personally?");
        assertThat(b.intent()).as(b.detail()).isEqualTo("putin_history");
    }

    @Test
    void aFactHoldingEveryWordAndTheMeaningOfAnUnplacedQuestionAnswersIt() {
        Answer a = core.router().answer("c", "whats medvedev got to do with this");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("putin_history.medvedev");
    }

    @Test
    void whoIsHeAfterAQuestionNamingSomeoneIsThatPersonUnlessItAskedForSomeoneElse() {
        Answer a = after("whats medvedev got to do with this", "who is he anyway");
        assertThat(a.units()).as(a.detail()).startsWith("person.dmitry_medvedev.description");
        Answer b = after("which other russian leader met kim jong il?", "who's that guy?");
        assertThat(b.units()).as(b.detail()).startsWith("person.dmitry_medvedev.description");
    }

    @Test
    void whyTheyNeededItAfterTheWheatIsTheShortage() {
        Answer a = core.router().answer("c", "ok tell me bout the wheat thing");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.summary");
        Answer b = core.router().answer("c", "y did they need it");
        assertThat(b.units()).as(b.detail()).containsExactly("food_aid.shortage");
    }

    @Test
    void theOtherPersonsOneStaysWithTheLastTopic() {
        Answer a = after("Where was the Putin photo taken?", "And the Kim one?");
        assertThat(a.units()).as(a.detail()).containsExactly("source.photo_kim");
        Answer b = core.router().answer("c", "who took them");
        assertThat(b.units()).as(b.detail()).containsExactly("source.photo_credits");
    }

    @Test
    void oneWordAskedOfTheLastAnswerIsNoSmallTalk() {
        Answer a = after("what is kim's trade target", "achievable?");
        assertThat(a.units()).as(a.detail()).containsExactly("trade_target.requires");
        Answer thanks = after("what is kim's trade target", "thanks?");
        assertThat(thanks.kind()).isEqualTo(Reply.Kind.SMALLTALK);
    }

    @Test
    void aYesNoFollowUpNamingAValueIsCheckedByTheLastAnswerThatStatesItsKind() {
        Answer a = after("where was this article filed from", "so it's from Seoul?");
        assertThat(a.units()).as(a.detail()).containsExactly("source.agency");
        assertThat(a.reply()).startsWith("No.");
        Answer b = after("how many nk workers are still in russia", "were there more b4?");
        assertThat(b.reply()).as(b.detail()).doesNotStartWith("No");
    }

    @Test
    void aNumberAskedOfTheLastAnswerIsNotCheckedByAFactCountingSomethingElse() {
        Answer a = after("How long ago did Kim announce he would emerge from isolation?", "Was it about two years?");
        assertThat(a.units()).as(a.detail()).containsExactly("why_now.since");
    }

    @Test
    void aYesNoAboutAValueOnlyAnotherTopicCanCheckLeavesTheLastTopic() {
        Answer day = after("where is the summit", "is it on friday?");
        assertThat(day.units()).as(day.detail()).containsExactly("date.day");
        assertThat(day.reply()).startsWith("No.").contains("Thursday");
        Answer port = after("how much wheat did russia send", "was it to pyongyang?");
        assertThat(port.units()).as(port.detail()).containsExactly("food_aid.port");
    }

    @Test
    void hisFatherThenCorrectsTheLastQuestionAboutKimsFather() {
        Answer a = after("is kim il sung the father of kim jong un?", "so who is his father then");
        assertThat(a.units()).as(a.detail()).containsExactly("person.kim_jong_il.description");
    }

    @Test
    void theFatherOfSomeoneBelongsToThePersonAfterOf() {
        Answer a = core.router().answer("f", "who is the father of kim jong un?");
        assertThat(a.reply()).as(a.detail()).contains("Kim Jong Il is Kim's father");
    }

    @Test
    void whenAskedOfPeopleNamedIsAnsweredByTheTopicThatSaysWhenTheyMet() {
        Answer a = after("what is putin's history with north korea's leaders?",
                "in what year did he first meet kim's father?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.kim_jong_il_meetings");
    }

    @Test
    void whenAskedOfAPersonTheArticleOnlyDescribesIsNotAnswered() {
        Answer a = core.router().answer("d", "what year did kim il sung die?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't say.").contains("grandfather");
    }

    @Test
    void whatItIsAboutAfterAClaimThatOnlySaysThereIsMoreIsTheClaimTheArticleMakesNext() {
        Answer a = after("is kim seeking putin's help only because of food and his workers?",
                "ok so what's it actually about?");
        assertThat(a.units()).as(a.detail()).containsExactly("economy.primary_concern");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void howManyTimesIsAnsweredByTheDatedOccasionsTheArticleLists() {
        Answer a = core.router().answer("o", "how many times has putin met with kim jong il?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("putin_history.kim_jong_il_meetings");
    }

    @Test
    void aWhyNamingACountryTheLastAnswerDoesNotIsNoWhyOfTheLastClaim() {
        core.router().answer("w", "is kim courting putin just for food and workers?");
        core.router().answer("w", "ok so what is it about then?");
        Answer a = core.router().answer("w", "and why is china an issue for him?");
        assertThat(a.units()).as(a.detail()).containsExactly("china.worry");
    }

    @Test
    void aFigureOfferedAfterALeadersCountIsCheckedAgainstThatCount() {
        Answer a = after("how many summits has kim had with trump so far?", "three?");
        assertThat(a.units()).as(a.detail()).containsExactly("person.donald_trump.summits_with_kim");
        assertThat(a.reply()).startsWith("No.");
        assertThat(after("how many summits has kim had with trump so far?", "then who is the 3 with").units())
                .containsExactly("person.moon_jae_in.summits_with_kim");
    }

    @Test
    void howSoAfterAClaimTheOverviewOpensWithGetsTheOverviewThatBacksIt() {
        Answer a = after("does putin know north korea's leaders?", "how so?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.summary");
        assertThat(a.reply()).contains("2000").contains("2001");
    }

    @Test
    void whatWasItThenAfterAWrongGuessIsTheFactThatCorrectedIt() {
        Answer guess = core.router().answer("c", "was it corn that russia shipped?");
        assertThat(guess.reply()).as(guess.detail()).startsWith("No.");
        Answer a = core.router().answer("c", "what was it then?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.shipment");
    }

    @Test
    void himAfterAnAnswerAboutKimsFatherIsTheFatherNotPutinWhoTheAnswerNamesFirst() {
        core.router().answer("c", "did putin ever meet kim's dad?");
        core.router().answer("c", "where?");
        Answer a = core.router().answer("c", "did medvedev meet him as well?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void aFigureTheLastAnswerDoesNotStateIsCheckedByTheFactThatStatesIt() {
        Answer a = after("how much do the workers bring in?", "and more than 10,000 are still there?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.count");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void anybodyElseIsSomeoneNeitherAskedAboutNorInTheLastAnswer() {
        Answer a = after("did putin ever meet kim's dad?", "did anybody else meet him?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
    }

    @Test
    void aWhyAnsweredFirstByAFactThatGivesNoReasonGetsTheCloseReasonInstead() {
        Answer a = core.router().answer("c", "why has seoul held back?");
        assertThat(a.units()).as(a.detail()).containsExactly("south_korea.obstacle");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void theGrandfatherAfterKimsFatherIsKimsGrandfatherNotTheFathers() {
        core.router().answer("c", "who is kim jong un's father?");
        Answer a = core.router().answer("c", "and the grandfather, who was he?");
        assertThat(a.units()).as(a.detail()).contains("person.kim_il_sung.description");
    }

    @Test
    void aThingOfferedAfterWhenItWasAnnouncedIsCheckedByTheShipmentNotTheDate() {
        core.router().answer("c", "what did russia ship?");
        core.router().answer("c", "when was that announced?");
        Answer a = core.router().answer("c", "was it barley?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.shipment");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void heAfterAskingWhetherKimMeetsSomeoneElseIsStillKim() {
        core.router().answer("c", "who is kim jong un");
        Answer no = core.router().answer("c", "is he seeing trump again?");
        assertThat(no.reply()).as(no.detail()).startsWith("No.");
        Answer a = core.router().answer("c", "so who is he meeting?");
        assertThat(a.units()).as(a.detail()).containsExactly("participants.leaders");
    }

    @Test
    void twoQuestionsTheFirstFactAnswersNeitherOfAreAnsweredOneByOne() {
        Answer a = core.router().answer("c", "how many workers are still in russia and why are they leaving?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.count", "laborers.resolution");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void twoQuestionsDeclinedAsOutOfScopeWithTheNearestFactAreNotSplit() {
        // (Blind writers expect "what was the korean war? when did it happen?" answered with the war's
        // years, and since stop 30's harvest it is.)
        Answer a = core.router().answer("c", "excuse me, what was the cold war? when did it happen?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).as(a.detail()).hasSizeLessThan(2);
    }

    @Test
    void whatSomeoneDidAnsweredWithAWillingnessAlsoGetsTheDeedTheArticleStates() {
        Answer a = after("is north korea short of food?", "so what did moscow do about it?");
        assertThat(a.units()).as(a.detail()).containsExactly("food_aid.willingness", "food_aid.shipment");
    }
}
