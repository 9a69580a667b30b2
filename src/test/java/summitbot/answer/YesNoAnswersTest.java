package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.facts.Database;

/**
 * Yes or no where the answer's wording settles it without a value to compare: opposite words, what
 * the answer sets aside, a denial, a negative tag (questions written for this test, in no data file).
 */
class YesNoAnswersTest {
    @TempDir
    static Path dir;

    private static Database db;
    private static ReplyRouter router;

    @BeforeAll
    static void open() {
        db = TestCore.database(dir);
        router = TestCore.router(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String reply(String question) {
        Answer a = router.answer(question, question);
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        return a.reply();
    }

    private static String replyAfter(String first, String then) {
        reply(first);
        return router.answer(first, then).reply();
    }

    @Test
    void theWhyOfAYesOrNoNamesTheRuleThatDecidedIt() {
        Answer wrongPort = router.answer("trace1", "was the wheat sent to wonsan?");
        assertThat(wrongPort.reply()).startsWith("No.");
        assertThat(wrongPort.detail()).contains("yes/no: no (values; ").contains("unstated: wonsan");
        Answer denied = router.answer("trace2", "is denuclearization kim's top priority?");
        assertThat(denied.reply()).startsWith("No.");
        assertThat(denied.detail()).contains("yes/no: no (contrary or set aside").contains("unstated:");
    }

    @Test
    void thePointWeighedAboveWhatTheAnswerSetsAsideIsAYesAndTheReverseANo() {
        assertThat(reply("does kim care more about the economy than nukes")).startsWith("Yes.");
        assertThat(reply("Is Kim's main focus building up the North's economy rather than disarmament?"))
                .startsWith("Yes.");
        assertThat(reply("does kim care more about nukes than the economy?")).startsWith("No.");
    }

    @Test
    void aClaimThatSomethingIsAPlaceIsCheckedAgainstThePlace() {
        assertThat(reply("And the dateline is Seoul, correct?")).startsWith("No.").contains("TOKYO");
        assertThat(reply("the summit is vladivostok right?")).startsWith("Yes.");
    }

    @Test
    void northKoreasLeadersInThePluralAreNotKimJongUn() {
        assertThat(reply("has putin met north korean leaders in vladivostok before?")).startsWith("Yes.");
    }

    @Test
    void aBritishSpellingIsReadAsTheArticlesWord() {
        assertThat(reply("Is Kim's main priority denuclearisation?")).startsWith("No.");
    }

    @Test
    void everydayWordsForTheArticlesOwnConfirmIt() {
        assertThat(reply("is pyongyang nervous about depending on china?")).startsWith("Yes.");
        assertThat(reply("are lots of the workers lumberjacks basically")).startsWith("Yes.").contains("logging");
        assertThat(reply("and kim wants to keep that cash coming, i assume?")).startsWith("Yes.");
    }

    @Test
    void theOneThingTakenFromTheLastAnswerAndOfferedBackIsAYes() {
        assertThat(replyAfter("what does kim care about most", "so it's the economy then?")).startsWith("Yes.");
        assertThat(replyAfter("what does kim care about most?", "so it's nuclear weapons then?"))
                .doesNotStartWith("Yes");
    }

    @Test
    void whatTheAnswerSetsAsideDeniedIsAYesTypedWithOrWithoutTheApostrophe() {
        assertThat(reply("so denuclearization isnt kim's top priority?")).startsWith("Yes.");
        assertThat(reply("so denuclearization isn't kim's top priority?")).startsWith("Yes.");
        assertThat(reply("is denuclearization kim's top priority?")).startsWith("No.");
    }

    @Test
    void oneWordStatedAndTaggedForAgreementIsAYes() {
        assertThat(replyAfter("is the kim-putin meeting coming late?", "pretty late, right?")).startsWith("Yes.");
    }

    @Test
    void aFigureTextedWithItsMagnitudeIsCheckedAsTheFigure() {
        assertThat(reply("is kim hoping russia trade reaches $2bn?")).startsWith("No.");
        assertThat(reply("is kim hoping russia trade reaches $1bn?")).startsWith("Yes.");
    }

    @Test
    void beforeTextedAsB4AsksWhetherItEverHas() {
        assertThat(reply("has putin worked with north korean leaders b4?")).startsWith("Yes.");
    }

    @Test
    void aClaimDenyingWhatTheAnswerStatesIsANoAndANegativeQuestionAsksAsThePlainOne() {
        assertThat(reply("moscow never helped rebuild the north after the korean war, right?")).startsWith("No.");
        assertThat(reply("didn't moscow help rebuild the north after the korean war?")).startsWith("Yes.");
    }

    @Test
    void aClaimDenyingWhatTheAnswerStatesIsANoThoughItsValuesAgree() {
        assertThat(reply("so the summit isnt in vladivostok?")).startsWith("No.").contains("Vladivostok");
        assertThat(reply("so putin didnt visit pyongyang in 2000?")).startsWith("No.").contains("2000");
    }

    @Test
    void likeBeforeAFigureIsAboutNotAFeeling() {
        assertThat(reply("did russia once have like 50,000 north korean laborers?")).startsWith("Yes.");
    }

    @Test
    void yearsTypedAsARangeAreEveryYearOfIt() {
        assertThat(reply("the korean war ran 1950 to 53, right?")).startsWith("Yes.");
        assertThat(reply("the korean war ran 1950 to 1955, right?")).startsWith("No.");
    }

    @Test
    void aWorryIsThePossibilityTheAnswerSaysSomeoneIsLookingAt() {
        assertThat(reply("is kim expecting a food shortage?")).startsWith("Yes.");
        // (Answered or said to be unsaid, never confirmed.)
        assertThat(router.answer("nukes", "is kim mostly worried about keeping his nuclear weapons?").reply())
                .doesNotStartWith("Yes");
    }

    @Test
    void hasItHappenedBeforeAsksWhetherItEverHasNotAboutATimeBeforeNow() {
        assertThat(reply("has putin dealt with the leaders of north korea before?"))
                .startsWith("Yes. Putin has more experience");
    }

    @Test
    void aPlaceTheFirstMeetingDoesNotNameMakesBeenThereBeforeAnotherFactsQuestion() {
        assertThat(reply("has putin been to pyongyang before?")).startsWith("Yes. Putin visited Pyongyang in 2000");
    }

    @Test
    void diplomacyHelpingHisStandingIsTheSummitryEstablishingHimAsAPlayer() {
        assertThat(reply("has all the diplomacy helped kim's standing?")).startsWith("Yes. The summitry has done a lot");
    }

    @Test
    void becomingAPlayerIsBeingEstablishedAsOne() {
        assertThat(reply("has kim become a serious player in world affairs?"))
                .startsWith("Yes. The summitry has done a lot");
    }

    @Test
    void whatItStandsForInTheClaimBeforeCountsAsStated() {
        assertThat(reply("would kim's trade goal need sanctions to be eased?"))
                .startsWith("Yes. It would require some significant easing of sanctions");
    }

    @Test
    void whatItStandsForDoesNotConfirmWordsNeitherClaimStates() {
        assertThat(reply("would kim's trade goal need china's help?")).doesNotStartWith("Yes");
    }

    @Test
    void someoneElseJoiningThisSummitIsANoFromWhoMeets() {
        assertThat(reply("is moon joining the summit?")).startsWith("No. North Korean leader Kim Jong Un meets with");
    }

    @Test
    void meetingSomeoneElseAgainIsNotDeniedByWhoMeetsNow() {
        Answer a = router.answer("again", "will kim meet trump again?");
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("No.").doesNotContain("what Putin wants");
    }

    @Test
    void theOwnerOfARelativeIsNotWhoTheQuestionAsksAbout() {
        assertThat(reply("did the soviets bring kim jong un's grandfather to power?")).startsWith("Yes. Moscow played");
    }

    @Test
    void puttingSomeoneInChargeIsBringingThemToPower() {
        assertThat(reply("did the soviets help put him in charge, kim il sung i mean?")).startsWith("Yes. Moscow played");
    }

    @Test
    void effortsThatReachedAnImpasseDenyTheOutcome() {
        assertThat(reply("did kim manage to get out from under the sanctions?")).startsWith("No. After the breakdown");
    }

    @Test
    void effortsThatReachedAnImpasseStillConfirmTheTryingAndTheStall() {
        assertThat(reply("is kim trying to get out from under sanctions?")).startsWith("Yes.");
        assertThat(reply("has kim's campaign for south korean investment stalled?")).startsWith("Yes.");
    }

    @Test
    void aLargeFootprintAgainstAVerySmallOneIsANo() {
        assertThat(reply("does russia have a large footprint in the north?")).startsWith("No.");
    }

    @Test
    void calmAgainstNervousIsANo() {
        assertThat(reply("is pyongyang relaxed about depending on beijing?")).startsWith("No.");
    }

    @Test
    void whatTheAnswerOnlySetsAsideIsNotItsPoint() {
        assertThat(reply("is denuclearization the thing kim cares about most?")).startsWith("No.");
    }

    @Test
    void anAnswerThatDeniesMostOfTheQuestionIsANo() {
        assertThat(reply("have relations between moscow and pyongyang always been close?")).startsWith("No.");
    }

    @Test
    void aQuestionOpeningWithANegativeTagIsAnsweredLikeThePlainOne() {
        assertThat(reply("didn't moscow help rebuild the country after the korean war?")).startsWith("Yes.");
        assertThat(reply("did moscow help rebuild the country after the korean war?")).startsWith("Yes.");
    }

    @Test
    void aNationalityTheAnswerDoesNotStateIsNeverConfirmed() {
        assertThat(reply("were the documents published in a korean newspaper?")).doesNotStartWith("Yes");
    }

    @Test
    void anotherPlaceInTheSameCountryAsTheAnswersPlaceIsANo() {
        assertThat(reply("did the wheat arrive in pyongyang?")).startsWith("No.");
    }

    @Test
    void aFigureManyTimesTheArticlesLowerBoundIsANo() {
        assertThat(reply("are 200,000 north korean laborers still working in russia?")).startsWith("No.");
    }

    @Test
    void aFigureNearTheArticlesLowerBoundIsNeitherConfirmedNorDenied() {
        assertThat(reply("are there 15,000 north korean laborers in russia now?"))
                .doesNotStartWith("No.").doesNotStartWith("Yes.");
    }

    @Test
    void aPlaceTheTopicIsSetInNeitherBlocksNorMakesTheYes() {
        assertThat(reply("did as many as 50,000 laborers once work in russia?")).startsWith("Yes.");
    }

    @Test
    void aNewspaperOfAnotherNationalityIsANo() {
        assertThat(reply("were the documents in a south korean newspaper?")).startsWith("No.");
    }

    @Test
    void aNationalityThatDescribesNoClaimedThingIsNoPremise() {
        assertThat(reply("which port did the russian wheat reach?")).contains("Chongjin").doesNotStartWith("No.");
    }

    @Test
    void anotherNewsAgencyIsANo() {
        assertThat(reply("is this an afp report?")).startsWith("No.");
    }

    @Test
    void anotherIndustryIsANo() {
        assertThat(reply("do the laborers mostly work in construction?")).startsWith("No.");
    }

    @Test
    void meetingAlreadyAgainstAFirstMeetingIsANo() {
        assertThat(reply("did kim and putin already meet one on one?")).startsWith("No.");
    }

    @Test
    void aPossibilityConfirmsOnlyAQuestionAboutAPossibility() {
        assertThat(reply("will the north have a famine this summer?")).doesNotStartWith("Yes");
        assertThat(reply("could the north face a food shortage this summer?")).startsWith("Yes.");
    }

    @Test
    void meetingIsNoYesToAQuestionAboutFeelings() {
        assertThat(reply("did putin and kim's father get along?")).doesNotStartWith("Yes");
    }

    @Test
    void whatHasHappenedIsNoYesToAQuestionAboutTheFuture() {
        Answer more = router.answer("more", "will russia send more wheat?");
        assertThat(more.reply()).as(more.detail()).doesNotStartWith("Yes").startsWith("The article doesn't say.");
        assertThat(reply("will the workers be kicked out by the end of the year?")).startsWith("Yes.");
    }

    @Test
    void aWrongDayIsDeniedWhenOnlyTheSecondOpinionFindsTheTopicThatSettlesIt() {
        assertThat(reply("is the meeting on friday")).startsWith("No.").contains("Thursday");
    }

    @Test
    void aFactAboutSomeoneElseDeniesNothingWhileAnotherFactNamesEveryoneAsked() {
        assertThat(reply("did the russian guy meet kim's old man?")).doesNotStartWith("No");
    }

    @Test
    void thePlacesATopicIsSetInCountAsStatedByItsFacts() {
        assertThat(reply("are north korean laborers being kicked out of russia?")).startsWith("Yes.");
    }

    @Test
    void northKoreaIsStatedByAFactAboutTheCountry() {
        assertThat(reply("did moscow help rebuild north korea after the war?")).startsWith("Yes.");
        assertThat(reply("did moscow help rebuild south korea after the war?")).doesNotStartWith("Yes");
    }

    @Test
    void chatFillerIsNoWordTheAnswerMustState() {
        assertThat(reply("isnt this meeting kinda late?")).startsWith("Yes.");
    }

    @Test
    void aWrongYearOfTheResolutionIsDenied() {
        assertThat(reply("was the sanctions resolution passed in 2015")).startsWith("No.").contains("2017");
        assertThat(reply("was the un sanctions resolution from 2017")).startsWith("Yes.");
    }

    @Test
    void theAnswersOwnJustMaybeAndWillingnessConfirm() {
        assertThat(reply("was the wheat announced just last month?")).startsWith("Yes.");
        assertThat(reply("is russia willing to help?")).startsWith("Yes.");
        assertThat(reply("is kim maybe frustrated about hanoi?")).startsWith("Yes.");
    }

    @Test
    void oneOnOneIsAKindOfMeetingNotACount() {
        assertThat(reply("is it their first one on one")).startsWith("Yes.");
    }

    @Test
    void theSameFactAboutAnotherPlaceIsANo() {
        assertThat(reply("is russia north korea's biggest trade partner")).startsWith("No.").contains("China");
        assertThat(reply("is china north korea's biggest trade partner")).startsWith("Yes.");
    }

    @Test
    void aDatelineNamesAPlace() {
        assertThat(reply("datelined seoul?")).startsWith("No.").contains("TOKYO");
    }

    @Test
    void rightNowAgainstThisSummerIsNotDenied() {
        assertThat(reply("is there a food problem in nk right now")).doesNotStartWith("No");
    }

    @Test
    void theArticlesUNIsTheQuestionsUn() {
        assertThat(reply("theyre getting kicked out bc of a un resolution?")).startsWith("Yes.");
    }

    @Test
    void aYearAskedOfABreakdownChecksTheBreakdownNotTheSummary() {
        assertThat(reply("did ties with moscow break down in 1991")).startsWith("Yes.").doesNotContain("Korean War");
    }

    @Test
    void oneWordAskedInAQuestionProperIsConfirmedButNeverDenied() {
        assertThat(reply("isnt it kinda late for that?")).startsWith("Yes.");
        assertThat(reply("did it help him at all?")).doesNotStartWith("No");
    }

    @Test
    void aGuessAfterTheQuestionIsCheckedNotDeclinedAsAFalsePremise() {
        assertThat(reply("how much wheat was it, like 20k tons?")).startsWith("No.").contains("2,000 tons");
        assertThat(reply("when is it, thursday?")).startsWith("Yes.");
    }

    @Test
    void aQuestionThatNegatesTheOppositeWordItselfIsNotDenied() {
        assertThat(reply("so the hanoi summit agreed nothing on sanctions?")).doesNotStartWith("No");
    }

    @Test
    void biggerAgainstAVerySmallFootprintIsANo() {
        assertThat(reply("is russia's presence in north korea bigger than china's?")).startsWith("No.");
    }

    @Test
    void anotherOutletThanTheAPIsANo() {
        assertThat(reply("is this article from the NY Times")).startsWith("No.").contains("AP");
    }

    @Test
    void aMatchingDateIsNoYesWhenAnotherFactOfTheTopicSaysTheOppositeOfThePoint() {
        assertThat(reply("did the trump-kim meeting in february go anywhere?")).doesNotStartWith("Yes");
        assertThat(reply("has russia talked about big projects in north korea?")).startsWith("Yes.");
    }

    @Test
    void theFirstTimeAndTheTwoOfThemAreNoWordsOrCountsToCheck() {
        assertThat(reply("first time they meet?")).startsWith("Yes.");
        assertThat(reply("oh ok. and is this the first time the two of them meet one on one?")).startsWith("Yes.")
                .doesNotContain("urgent concerns");
    }

    @Test
    void aPlaceAndAYearOfDifferentMeetingsIsANo() {
        assertThat(reply("did putin see kim jong il in moscow back in 2002?")).startsWith("No.");
        assertThat(reply("did putin see kim jong il in moscow back in 2001?")).startsWith("Yes.");
    }

    @Test
    void stillAgainstFormerIsANoEvenWhereTheNameAgrees() {
        assertThat(reply("medvedev is still russia's president, right?")).startsWith("No.");
    }

    @Test
    void aMatchingValueIsNoYesWhenTheQuestionSaysTheOppositeOfThePoint() {
        assertThat(reply("would lifting sanctions be easier now after hanoi?")).startsWith("No.");
    }

    @Test
    void aWordTheArticleOnlySetsAsideCountsInOtherWordsToo() {
        assertThat(reply("so kim mostly cares about his nukes?")).startsWith("No.");
    }

    @Test
    void howANamedPersonIsRelatedIsNotConfirmedByTheName() {
        assertThat(reply("is kim jong un the son of kim il sung?")).doesNotStartWith("Yes");
    }

    @Test
    void aFailureInOtherWordsThanTheAnswersIsConfirmed() {
        assertThat(reply("did the hanoi summit end in failure?")).startsWith("Yes.");
    }

    @Test
    void businessPeopleAreTheArticlesBusinessmen() {
        assertThat(reply("are there loads of chinese business people in north korea?")).startsWith("Yes.");
    }

    @Test
    void aWordOfAssentBeforeTheQuestionIsNotAWordToFind() {
        assertThat(reply("fine. so was the hanoi summit in february?")).startsWith("Yes.");
    }

    @Test
    void wouldLikeIsWantAndTheTopicsOwnSubjectNeedNotBeRepeated() {
        assertThat(reply("does kim want the laborers' money to keep on coming?")).startsWith("Yes.");
    }

    @Test
    void aWordOnlyTheTopicsSummaryHoldsIsNoYesForAnotherFact() {
        assertThat(reply("would the trade goal need sanctions to change russian behavior?")).doesNotStartWith("Yes");
    }

    @Test
    void aPlaceCheckedOfThisMeetingIsTheSummitsPlace() {
        assertThat(reply("are kim and putin meeting in seoul?")).startsWith("No.").contains("Vladivostok");
    }

    @Test
    void aCountryIsStatedByItsCapitalActingForIt() {
        assertThat(reply("did russia help north korea after the korean war?")).startsWith("Yes.");
    }

    @Test
    void anotherCountryTradedWithIsANo() {
        assertThat(reply("is kim trying to boost trade with china tenfold?")).startsWith("No.").contains("Russia");
    }

    @Test
    void businessPplAreTheArticlesBusinessmen() {
        assertThat(reply("does china have a lot of business ppl in nk")).startsWith("Yes.");
    }

    @Test
    void billionsAgainstHundredsOfMillionsIsANo() {
        assertThat(reply("do the workers make billions for kim?")).startsWith("No.").contains("hundreds of millions");
    }

    @Test
    void hundredsOfMillionsAgainstHundredsOfMillionsIsAYes() {
        assertThat(reply("do the workers earn hundreds of millions?")).startsWith("Yes.");
    }

    @Test
    void millionsOfWorkersAgainstMoreThanTenThousandIsANo() {
        assertThat(reply("are there millions of north korean workers in russia?")).startsWith("No.");
    }

    @Test
    void askingHowManyMillionsStatesNoFigureToCheck() {
        Answer a = router.answer("how-many-millions", "exactly how many millions do the laborers make?");
        assertThat(a.units()).containsExactly("laborers.gap_exact_revenue");
    }

    @Test
    void signaledIsTheArticlesShown() {
        assertThat(reply("has russia signaled it is willing to help?")).startsWith("Yes.");
    }

    @Test
    void aPlaceSaidToBeWhatItIsIsCheckedAsAPlace() {
        assertThat(reply("so it's moscow?")).startsWith("No.").contains("Vladivostok");
    }

    @Test
    void aYesNoQuestionGetsTheFactThatSettlesItNotTheSummary() {
        assertThat(reply("is this an AP report?")).startsWith("Yes.");
    }

    @Test
    void aClaimFollowedByIsThatRightIsChecked() {
        assertThat(reply("My uncle follows all this. I read somewhere that the Russians helped rebuild the north"
                + " after the war, is that right?")).startsWith("Yes.");
    }

    @Test
    void aPeopleStandsForTheirCountry() {
        assertThat(reply("did the russians help rebuild the north after the war?")).startsWith("Yes.");
    }

    @Test
    void oneLeaderAgainstTwoCombinedComparesTheSumOfTheirSummits() {
        assertThat(reply("did kim meet xi more often than moon and trump combined?")).startsWith("No.")
                .contains("four summits", "three", "two");
    }

    @Test
    void twiceAsOftenIsCheckedAgainstTheCounts() {
        assertThat(reply("so he's met xi twice as often as trump?")).startsWith("Yes.");
        assertThat(reply("so he's met moon twice as often as trump?")).startsWith("No.");
    }

    @Test
    void moreThanEitherOfTwoLeadersMeansMoreThanEach() {
        assertThat(reply("and he's had more summits with xi than with moon or trump, right?")).startsWith("Yes.");
        assertThat(reply("has kim had more summits with moon than with xi or trump?")).startsWith("No.");
    }

    @Test
    void theUsOfUsOfficialsIsANationalityNotAPossessive() {
        assertThat(reply("was it south korean officials who estimated the laborers' revenue?")).startsWith("No.")
                .contains("U.S. officials");
    }

    @Test
    void everyCountedLeaderNamedGetsTheSummary() {
        Answer a = router.answer("all-three", "how many summits has kim had in total with xi moon and trump");
        assertThat(a.units()).containsExactly("summit_count.summary");
    }

    @Test
    void meetingALeaderIsConfirmedByTheSummitsHeld() {
        assertThat(reply("has kim met trump?")).startsWith("Yes.").contains("two summits");
    }

    @Test
    void peopleOnTheGroundCoverTheArticlesBusinessmen() {
        assertThat(reply("does china have a lot of people on the ground in north korea?")).startsWith("Yes.");
    }

    @Test
    void aLengthOfTimeIsCheckedInMonths() {
        assertThat(reply("has it been five years since kim announced his plan to come out of isolation?"))
                .startsWith("No.").contains("a year and a half");
        assertThat(reply("has it been a year and a half since kim announced his plan?")).startsWith("Yes.");
    }

    @Test
    void aClaimStatedInOtherWordsButOneIsConfirmed() {
        assertThat(reply("is kim craving a win?")).startsWith("Yes.");
        assertThat(reply("has russia been eager to give humanitarian aid?")).startsWith("Yes.");
    }

    @Test
    void aWordThatTurnsTheClaimAroundIsNeverConfirmed() {
        assertThat(reply("did putin reject kim's wish list?")).doesNotStartWith("Yes.");
        assertThat(reply("did china block the businessmen in north korea?")).doesNotStartWith("Yes.");
    }

    @Test
    void aQuestionOfferingTwoAnswersGetsNeitherYesNorNo() {
        assertThat(reply("is the summit happening early or late?")).doesNotStartWith("Yes.").doesNotStartWith("No.");
    }

    @Test
    void aYesNoQuestionAboutAnotherTimeIsAnsweredByTheFigureOfThatTime() {
        Answer a = router.answer("t", "were there more north korean workers in russia in the past?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.peak");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void theHighPointIsATimeBeforeNow() {
        Answer a = router.answer("h", "how many laborers were there at their height?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.peak");
    }

    @Test
    void anotherLeadersMeetingIsNoYesWhenTheAskedLeadersOwnMeetingsDifferToo() {
        assertThat(reply("did vladimir putin meet kim's father in vladivostok in 2011?")).startsWith("No.")
                .contains("Medvedev");
    }

    @Test
    void twoTimesComparedGetAVerdictAndBothFigures() {
        Answer a = router.answer("c", "are there more north korean workers in russia today than at the peak?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.count", "laborers.peak");
        assertThat(a.reply()).startsWith("No.").contains("10,000").contains("50,000");
        assertThat(reply("were there fewer laborers in the past than today?")).startsWith("No.");
        assertThat(reply("are there fewer laborers now than at the peak?")).startsWith("Yes.");
    }

    @Test
    void twoCountriesComparedAgainstOneSetAgainstTheOtherGetAVerdict() {
        assertThat(reply("is russia's presence smaller than china's?")).startsWith("Yes.");
        assertThat(reply("does russia have a bigger footprint in the north than china?")).startsWith("No.");
        assertThat(reply("does china have a larger presence in the north than russia?")).startsWith("Yes.");
    }

    @Test
    void howTwoPeopleAreRelatedIsNotDeniedByADescriptionNamingNoKin() {
        assertThat(reply("is kim jong un the grandson of kim il sung?")).doesNotStartWith("No.");
    }

    @Test
    void aLongPlaceNameWithOneLetterWrongIsStillThePlaceChecked() {
        assertThat(reply("was putin in pyongyan in 2002?")).startsWith("No.");
    }

    @Test
    void meetingBeforeIsCheckedAgainstTheFactThatItIsTheFirstMeeting() {
        Answer a = router.answer("b", "have kim and putin ever met previously?");
        assertThat(a.units()).as(a.detail()).containsExactly("participants.first_meeting");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void leadersNamedByTitleAreNotTheTwoWhoMeetForTheFirstTime() {
        Answer a = router.answer("t", "had putin dealt with any north korean leaders before 2019?");
        assertThat(a.units()).as(a.detail()).doesNotContain("participants.first_meeting");
    }

    @Test
    void aTimeAloneIsNoProofAgainstAQuestionTheAnswerBarelyTouches() {
        assertThat(reply("had putin worked with any north korean leaders before?")).doesNotStartWith("No.");
    }

    @Test
    void anotherPlaceSaidOfTheOneFactNamingSomeoneIsANo() {
        Answer a = router.answer("p", "did the chinese bring kim il sung to power?");
        assertThat(a.units()).as(a.detail()).containsExactly("history.founding");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void anotherOrdinalOfTheSameSummitIsANo() {
        assertThat(reply("did kim have his third summit with trump in hanoi?")).startsWith("No.").contains("second");
    }

    @Test
    void aQuickOneBeforeTheQuestionIsNoFigureToCheck() {
        assertThat(reply("quick one, kim wants $1 billion in trade with russia by 2020?")).startsWith("Yes.");
    }

    @Test
    void anotherCountrysTitleForSomeoneIsANo() {
        assertThat(reply("is moon the japanese pm?")).startsWith("No.").contains("South Korean President");
        assertThat(reply("is moon the south korean president?")).startsWith("Yes.");
    }

    @Test
    void aLeaderOfACountryNamedOnlyAsAKindIsNoTitleToCheck() {
        Answer a = router.answer("m", "did any other russian leader meet kim jong il?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
    }

    @Test
    void aStatementEndingInNoAsksForAgreementAndIsNotADenial() {
        assertThat(reply("seems kinda late in the game no?")).startsWith("Yes.");
    }

    @Test
    void thoseTwoAreThePairNotACountToCheck() {
        assertThat(reply("is this the first time those two meet one on one?")).startsWith("Yes.");
    }

    @Test
    void onlyBeforeTheCountTheAnswerStatesIsAYes() {
        router.answer("o", "tell me about all the summits kim has done");
        assertThat(router.answer("o", "so with trump it's only two?").reply()).startsWith("Yes.");
    }

    @Test
    void lookingToScoreAWinIsTheDesireToNotchOne() {
        assertThat(reply("is kim looking to score a win here?")).startsWith("Yes.");
    }

    @Test
    void aTimeBeforeTheNextFactIsCheckedAgainstItsYears() {
        router.answer("y1", "when did putin visit pyongyang");
        assertThat(router.answer("y1", "was that before he met kim jong il in moscow?").reply()).startsWith("Yes.");
        router.answer("y2", "when did medvedev meet kim jong il");
        assertThat(router.answer("y2", "was that before putin's meetings with kim jong il?").reply()).startsWith("No.");
    }

    @Test
    void anotherBodyBehindTheSanctionsIsANo() {
        assertThat(reply("is that an EU sanction?")).startsWith("No.").contains("U.N.");
        assertThat(reply("is it a un sanction?")).startsWith("Yes.");
    }

    @Test
    void aNationalityThatAgreesIsNoYesToWhatTheAnswerDoesNotState() {
        assertThat(reply("are un sanctions hurting kim?")).doesNotStartWith("Yes.");
        assertThat(reply("did the japanese newspaper itself obtain the documents?")).doesNotStartWith("Yes.");
    }

    @Test
    void anotherNationalityOfWhoeverObtainedTheDocumentsIsANo() {
        assertThat(reply("did an american journalist obtain the internal documents?")).startsWith("No.")
                .contains("South Korean researcher");
    }

    @Test
    void anotherOfficeThanTheOneTheArticleGivesIsANo() {
        assertThat(reply("is putin the prime minister of russia?")).startsWith("No.").contains("President");
    }

    @Test
    void whetherSomeoneSaidSomethingIsAYesWhenTheAnswerReportsThemSayingIt() {
        assertThat(reply("did the us say anything to seoul")).startsWith("Yes.").contains("Washington");
        assertThat(reply("did china say anything to seoul?")).doesNotStartWith("Yes.");
    }

    @Test
    void theUsIsNoWordTheAnswerHoldsUnlessItNamesTheCountry() {
        assertThat(reply("is the summit in the us?")).doesNotStartWith("Yes.");
        assertThat(reply("did the US warn them off?")).startsWith("Yes.");
    }

    @Test
    void aTitleThatNamesSomeoneIsANameNotAPremiseToCheck() {
        assertThat(reply("did the north korean leader meet trump in hanoi?")).startsWith("Yes.");
        assertThat(reply("did the russian president visit pyongyang in 2000?")).startsWith("Yes.");
    }

    @Test
    void aYearTheTopicGivesTheClaimIsNoWordTheClaimMustHold() {
        assertThat(reply("did russia end support for soviet allies in 1991?")).startsWith("Yes.");
        assertThat(reply("did russia end support for soviet allies in 1995?")).doesNotStartWith("Yes.");
    }

    @Test
    void theOneAskedAboutIsNotWhoseRelativeHisMeans() {
        assertThat(reply("is kim jong il his grandfather")).startsWith("No. Kim Jong Il is Kim's father.");
        assertThat(reply("is kim jong il his father?")).startsWith("Yes.");
    }

    @Test
    void aMultipleIsCheckedAgainstTheArticlesTenfold() {
        router.answer("x1", "what is kims trade goal with russia");
        assertThat(router.answer("x1", "so that's ten times more trade?").reply()).startsWith("Yes.");
        assertThat(router.answer("x1", "will it double?").reply()).startsWith("No.");
        assertThat(reply("did kim meet trump 2 times?")).startsWith("Yes.");
    }

    @Test
    void aPremiseThatAgreesIsNoYesToALastClauseTheAnswerDoesNotState() {
        assertThat(reply("so kim wants a 10x trade increase, is that easy")).doesNotStartWith("Yes.");
    }

    @Test
    void theSameClaimInOtherWordsIsConfirmed() {
        assertThat(reply("are pyongyang officials uneasy about relying on beijing?"))
                .startsWith("Yes. North Korea's reliance on China");
    }

    @Test
    void anotherWordForWantingTheWinIsConfirmed() {
        assertThat(reply("is kim eager to score a win?")).startsWith("Yes. Kim has a strong desire");
    }

    @Test
    void aSuperlativeTheClaimDoesNotStateIsNotConfirmedByWordsCloseInMeaning() {
        assertThat(reply("is russia kim's biggest trading partner?")).doesNotStartWith("Yes");
    }

    @Test
    void whoDidSomethingIsAPremiseThatWordsCloseInMeaningDoNotConfirm() {
        assertThat(reply("did the us urge south korea to join the rail projects?")).doesNotStartWith("Yes");
    }

    @Test
    void aQuestionAboutWhatTheArticleGivesIsNotConfirmedByTheFact() {
        // Figures asked for, which the article lacks: its gap, not a "Yes." from the trading partner.
        Answer a = router.answer("numbers", "does the story give numbers on chinese trade?");
        assertThat(a.reply()).doesNotStartWith("Yes").startsWith("The article gives no trade figures for China");
    }

    @Test
    void itInAPlaceOnlyACaptionNamesIsTheSummitSomewhereElse() {
        assertThat(reply("is it in st petersburg?")).startsWith("No. The Kim-Putin meeting is taking place");
    }

    @Test
    void theSideAContrastStandsOnIsConfirmed() {
        assertThat(reply("is the economy kim's top priority?")).startsWith("Yes. Despite all the talk");
    }

    @Test
    void theSideAContrastSetsAsideIsNeverConfirmed() {
        assertThat(reply("is denuclearization kim's top priority?")).doesNotStartWith("Yes");
    }

    @Test
    void howMuchAskedInWordsTheContrastDoesNotUseIsNotConfirmed() {
        assertThat(reply("does russia have much presence in the north?")).doesNotStartWith("Yes");
    }

    @Test
    void closenessToANegatedExampleIsNoYes() {
        // "why won't seoul go along with kim?" is an example of the South's allegiance to Washington.
        assertThat(reply("is the south playing along with kim?")).doesNotStartWith("Yes");
    }

    @Test
    void aNegativeTagClosingAStatementAsksForAgreementAndDeniesNothing() {
        assertThat(reply("kim wants a win, doesn't he?")).startsWith("Yes. Kim has a strong desire");
    }

    @Test
    void whatTheClaimsItStandsForIsNotAnotherFactsWord() {
        assertThat(reply("would the trade plan also need russia to change how it acts?"))
                .startsWith("Yes. It would also require a change in Russian behavior.");
    }

    @Test
    void everWithAPastVerbChecksTheFigureOfBeforeNotTodays() {
        assertThat(reply("were there ever 50,000 NK workers in russia?"))
                .startsWith("Yes. The laborers previously numbered as many as 50,000");
    }

    @Test
    void aNationalitySaidOfTheThingBeforeItIsChecked() {
        assertThat(reply("was the newspaper south korean?")).startsWith("No. The documents were published");
        assertThat(reply("the paper was japanese, right")).startsWith("Yes. The documents were published");
    }

    @Test
    void theCurrentNorthKoreanLeaderIsKimJongUn() {
        assertThat(reply("was kim jong il the current nk leader's uncle?")).startsWith("No. Kim Jong Il is Kim's father");
    }

    @Test
    void aDayAsPeopleShortenItIsCheckedLikeTheWholeWord() {
        assertThat(reply("the summit is on fri, right?")).startsWith("No. The Kim-Putin meeting is taking place on Thursday");
    }

    @Test
    void whoseTheResolutionIsIsCheckedWhereverTheQuestionSaysIt() {
        assertThat(reply("is the resolution a us law?")).startsWith("No. The laborers are being kicked out");
        assertThat(reply("was the resolution from the EU?")).startsWith("No. The laborers are being kicked out");
        assertThat(reply("is the 2017 resolution by the u.n.?")).startsWith("Yes. The laborers are being kicked out");
    }

    @Test
    void thePresidentOfAnotherCountryIsNotTheTitleTheArticleGives() {
        assertThat(reply("is moon the president of north korea?")).startsWith("No. Moon Jae-in is the South Korean");
    }

    @Test
    void aPremiseAboutSomeoneTheAnswerAndItsTopicNeverNameIsNotConfirmed() {
        assertThat(router.answer("t1", "will trump visit pyongyang again?").reply()).doesNotStartWith("Yes");
        assertThat(router.answer("t2", "is trump going to visit north korea again").reply()).doesNotStartWith("Yes");
    }

    @Test
    void aFreshQuestionIsNotConfirmedByAnAnswerThatMerelyHoldsItsOneWord() {
        assertThat(reply("are they going to war?")).doesNotStartWith("Yes");
    }

    @Test
    void aWordThatCouldTurnAClaimAroundTurnsNothingWhereTheAnswerSaysItToo() {
        assertThat(reply("first time putin n kim meet 1 on 1?")).startsWith("Yes. It is the first");
    }

    @Test
    void anotherPlaceInASeriesThanTheAnswersIsANo() {
        assertThat(reply("is this the 2nd time kim and putin meet one on one?")).startsWith("No. It is the first");
    }

    @Test
    void aSecondPlaceNamedToCompareIsNoPlaceSwappedIn() {
        assertThat(reply("does pyongyang depend on china more than on russia for trade?")).doesNotStartWith("No.");
    }

    @Test
    void aDurationWithADecimalIsReadWhole() {
        assertThat(reply("did kim announce his plan 1.5 years ago?")).doesNotStartWith("No.");
    }

    @Test
    void beforeADeadlineSaysByWhenNotEarlier() {
        assertThat(reply("must the north korean laborers be gone from russia before the end of this year?"))
                .startsWith("Yes.");
    }

    @Test
    void theUnitedStatesSpelledOutIsTheUsOfTheAnswer() {
        assertThat(reply("have the talks between kim and the united states stalled?")).startsWith("Yes.");
    }

    @Test
    void northKoreaWhereTheWholeStoryIsSetNeedsNoWordOfTheAnswer() {
        assertThat(reply("is moscow ready to provide humanitarian help to north korea?")).startsWith("Yes.");
    }

    @Test
    void comfortableWithWhatMakesThemNervousIsANo() {
        assertThat(reply("are pyongyang's officials comfy with relying on china?")).startsWith("No.");
    }

    @Test
    void whetherSomethingCanHappenIsConfirmedByItsPossibility() {
        assertThat(reply("can the north run into a food shortage this summer?")).startsWith("Yes.");
        assertThat(reply("will the north run into a food shortage this summer?")).doesNotStartWith("Yes");
    }

    @Test
    void someoneDescribedByANationalityIsCheckedAgainstTheOneTheArticleDescribes() {
        assertThat(replyAfter("where does the trade target come from?", "did a chinese man get the documents?"))
                .startsWith("No.");
        assertThat(reply("is the russian guy in the putin photo the president?")).startsWith("Yes.");
    }

    @Test
    void aClaimPutBackAsAQuestionWithoutSoIsConfirmed() {
        assertThat(replyAfter("who meets at the summit?", "and it is the first time the two of them meet?"))
                .startsWith("Yes.");
    }

    @Test
    void whereALeaderIsGoingNowIsTheSummitsPlaceNotAVisitOfYearsAgo() {
        assertThat(reply("is putin going to pyongyang?")).startsWith("No.").contains("Vladivostok");
        assertThat(reply("is kim going to russia?")).startsWith("Yes.").contains("Vladivostok");
    }

    @Test
    void whatSomeoneWasToldNotToDoDeniesNothing() {
        assertThat(reply("did washington warn seoul not to undermine sanctions?")).startsWith("Yes.");
    }

    @Test
    void anEstimateOfAnotherNationalityIsANo() {
        assertThat(reply("was the revenue figure a chinese estimate?")).startsWith("No.");
    }

    @Test
    void aSecretMoveIsTheFurtivePivotInOtherWords() {
        assertThat(replyAfter("what does the article call kim's turn to russia?", "is it a secret move?"))
                .startsWith("Yes.");
    }

    @Test
    void howSomeoneTravelsIsNeverConfirmedByWhereTheyGo() {
        for (String q : java.util.List.of("is kim flying into vladivostok?", "will kim ride a train to the summit?")) {
            Answer a = router.answer(q, q);
            assertThat(a.units()).as(a.detail()).containsExactly("location.gap_travel");
            assertThat(a.reply()).doesNotStartWith("Yes");
        }
    }

    @Test
    void useToTypedAfterDidAsksAboutBefore() {
        Answer a = router.answer("did the laborers use to number 20,000?", "did the laborers use to number 20,000?");
        assertThat(a.units()).as(a.detail()).containsExactly("laborers.peak");
    }

    @Test
    void aVerbOfEstimatingIsNoEstimateOfANationality() {
        assertThat(reply("did the US estimate how much money the workers bring in?")).startsWith("Yes.");
    }

    @Test
    void oneOfKimsFamilyNamedAsAnotherRelativeIsANoWithWhoTheyAre() {
        assertThat(reply("is kim il sung the father of kim jong un?")).startsWith("No. Kim Il Sung is Kim's grandfather.");
        assertThat(reply("is kim jong il kim jong un's grandpa?")).startsWith("No. Kim Jong Il is Kim's father.");
    }

    @Test
    void theSummitAskedOfSomeoneElseIsANoWithWhoMeets() {
        assertThat(reply("is the summit with xi?")).startsWith("No. North Korean leader Kim Jong Un meets");
        assertThat(reply("is trump at this summit?")).startsWith("No. North Korean leader Kim Jong Un meets");
    }

    @Test
    void northKoreansWorriedAboutFoodAreKimLookingAtAShortage() {
        assertThat(reply("are north koreans worried about food?")).startsWith("Yes. Kim is looking at");
    }

    @Test
    void aDescriptionDeniesNothingAboutSomeoneHimStandsFor() {
        router.answer("medvedev", "did putin ever meet kim's dad?");
        router.answer("medvedev", "where?");
        Answer a = router.answer("medvedev", "did medvedev see him as well?");
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("No.");
    }

    @Test
    void aTitleSomeoneDoesNotHoldIsANoWithTheirOwn() {
        assertThat(reply("is xi japan's prime minister?")).startsWith("No. Xi Jinping is the Chinese President.");
    }

    @Test
    void aWeekendOfferedForTheSummitIsANoWithItsDay() {
        assertThat(reply("is the summit this weekend?")).startsWith("No. The Kim-Putin meeting is taking place on Thursday.");
    }

    @Test
    void kimMeetingSomeoneElseNowIsANoWithWhoHeMeetsButNotWhomHeMeetsNext() {
        assertThat(reply("is kim meeting moon?")).startsWith("No. North Korean leader Kim Jong Un meets");
        Answer next = router.answer("next", "is kim meeting xi next?");
        assertThat(next.reply()).as(next.detail()).doesNotStartWith("No.");
    }

    @Test
    void oneMoreThingAsWellAfterAListTheAnswerHoldsIsAYes() {
        router.answer("projects", "which big projects have officials discussed?");
        Answer a = router.answer("projects", "rail routes as well?");
        assertThat(a.reply()).as(a.detail()).startsWith("Yes. Officials have long talked about big projects");
    }

    @Test
    void oneMoreThingAlsoAfterAListTheAnswerHoldsIsAYes() {
        router.answer("projects-also", "which big projects have officials discussed?");
        Answer a = router.answer("projects-also", "pipeline also?");
        assertThat(a.reply()).as(a.detail()).startsWith("Yes. Officials have long talked about big projects");
    }

    @Test
    void aSummitThatWentWellIsNoYesFromWhereItWasWhenAnotherFactSaysItFailed() {
        Answer a = router.answer("hanoi", "did kim's 2nd summit with trump go well?");
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("Yes.");
    }

    @Test
    void whereALeaderGoesNextIsNeitherConfirmedNorDeniedByWhereTheSummitIs() {
        Answer a = router.answer("onward", "is putin heading to pyongyang after the summit?");
        assertThat(a.reply()).as(a.detail()).doesNotStartWith("No.").doesNotStartWith("Yes.");
    }

    @Test
    void oneOfTheThingsAListNamesIsAYesAndNoCountThatTheTwoDeny() {
        assertThat(replyAfter("what are kim's two most urgent concerns?", "is one of those a shortage of food?"))
                .startsWith("Yes.");
    }

    @Test
    void oneOfTheThingsAListOfAllThereIsDoesNotNameIsANo() {
        assertThat(replyAfter("what are kim's two most urgent concerns?", "is one of them the weapons talks?"))
                .startsWith("No. Kim has two urgent concerns");
    }

    @Test
    void aThingOfAnotherTopicOfferedAsOneOfTheLastListIsCheckedAgainstThatList() {
        assertThat(replyAfter("what are kim's two most urgent concerns?", "is one of those trade with china?"))
                .startsWith("No. Kim has two urgent concerns");
    }

    @Test
    void aThingAListOfSomeDoesNotNameIsNeitherYesNorNo() {
        assertThat(replyAfter("what big projects have officials talked about?", "was one of them a bridge?"))
                .startsWith("Officials have long talked about big projects");
    }

    @Test
    void cuttingTradeIsNoWhenKimWantsToBoostIt() {
        assertThat(reply("is kim cutting trade with russia?")).startsWith("No. Kim wants to boost trade");
    }

    @Test
    void aFirstTimeTheAnswerDoesNotStateIsNoYesFromThePersonAlone() {
        assertThat(reply("is this the first time putin has met a north korean leader?")).doesNotStartWith("Yes");
    }

    @Test
    void aPlaceGuessedAfterAWhQuestionIsChecked() {
        assertThat(reply("where is the summit happening, moscow?")).startsWith("No. The Kim-Putin meeting");
    }

    @Test
    void aPlaceGuessedAfterAWhQuestionIsNoSecondQuestion() {
        Answer a = router.answer("guess", "where is this story datelined, seoul?");
        assertThat(a.units()).as(a.detail()).containsExactly("source.agency");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void comingFromNorthKoreaIsNoPlaceTheLaborersAreDeniedIn() {
        assertThat(reply("so the laborers are from north korea?")).doesNotStartWith("No");
        assertThat(reply("are the laborers working in north korea?")).startsWith("No.");
    }

    @Test
    void anotherLeadersCountMoreOftenThanTheLastOneIsComparedWithIt() {
        assertThat(replyAfter("how many summits has kim had with trump?", "has he met xi more often than that?"))
                .startsWith("Yes.");
        assertThat(replyAfter("how many summits has kim had with xi?", "did he meet moon more often than that?"))
                .startsWith("No.");
    }

    @Test
    void aYesNoQuestionsLastFewWordsArePartOfItNotASecondQuestion() {
        Answer a = router.answer("tail", "overall, is kim wooing putin only for the food and the laborers?");
        assertThat(a.units()).as(a.detail()).containsExactly("kim_goals.deeper");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void aGuessAfterTheQuestionMarkOfAWhQuestionIsCheckedAgainstItsAnswer() {
        assertThat(reply("How big is the trade target for Russia? $10 billion?")).startsWith("No.")
                .contains("$1 billion");
        assertThat(reply("which port got the wheat? chongjin?")).startsWith("Yes.");
    }

    @Test
    void aGuessAtWhoDidSomethingIsNotConfirmedByAnotherTopicNamingTheGuess() {
        Answer a = router.answer("who-guess", "who's warned seoul? beijing?");
        assertThat(a.units()).as(a.detail()).containsExactly("south_korea.warning");
        assertThat(a.reply()).doesNotStartWith("Yes").contains("Washington");
    }

    @Test
    void aFactNamingTheClaimedPlaceButLittleElseOfTheQuestionDoesNotCheckIt() {
        Answer a = router.answer("partner", "north korea's main trading partner is russia, right?");
        assertThat(a.units()).as(a.detail()).containsExactly("china.role");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void aFigureOfferedForAllOfKimsSummitsTogetherIsCheckedAgainstTheirSum() {
        assertThat(reply("so nine summits in total?")).startsWith("Yes.").contains("four summits");
        assertThat(reply("so ten summits in total, right?")).startsWith("No.");
        assertThat(replyAfter("how many summits has kim had", "so nine in total, right?")).startsWith("Yes.");
    }

    @Test
    void aFollowUpNamingNoOneNewIsNotConfirmedBySomeoneElsesDeed() {
        assertThat(replyAfter("when did putin meet kim's father", "in 2011?")).startsWith("No.")
                .contains("Medvedev");
        assertThat(replyAfter("did putin meet kim jong il in vladivostok in 2002", "did he meet him there in 2011 too?"))
                .startsWith("No.");
        assertThat(replyAfter("who is medvedev", "did he meet kim jong il?")).startsWith("Yes.");
    }

    @Test
    void aNationalityThatAgreesWithTheRestSaidInOtherWordsIsAYesButNotAnotherFactsDeed() {
        assertThat(reply("Was it a Japanese paper that put out those documents?")).startsWith("Yes.");
        assertThat(reply("are the workers being kicked out because of UN sanctions?")).startsWith("Yes.");
        assertThat(reply("Did the Japanese newspaper itself obtain the documents?")).doesNotStartWith("Yes");
        assertThat(router.answer("paper-name", "and the japanese paper's name?").reply()).doesNotStartWith("Yes");
    }
}
