package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.MovableClock;

class FollowUpTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2019-04-25T08:00:00Z"));
    @RegisterExtension
    final CoreFixture core = new CoreFixture(() -> new ConversationMemory(clock, Duration.ofMinutes(10), 100));

    @Test
    void anotherLeaderAfterASummitQuestionKeepsTheSummitQuestion() {
        core.router().answer("c1", "how many summits has kim held with xi?");
        Answer a = core.router().answer("c1", "and with moon?");
        assertThat(a.intent()).isEqualTo("summit_count");
        assertThat(a.reply()).contains("three summits", "Moon Jae-in");
    }

    @Test
    void aBareValueAfterAnAnswerGivingOneOfItsKindIsCheckedAgainstIt() {
        core.router().answer("c40", "which port did the grain go to");
        assertThat(core.router().answer("c40", "nampo?").reply()).startsWith("No.").contains("Chongjin");
        assertThat(core.router().answer("c40", "so chongjin?").reply()).startsWith("Yes.");
        core.router().answer("c41", "by how much does kim want to grow trade with russia");
        assertThat(core.router().answer("c41", "50x?").reply()).startsWith("No.").contains("tenfold");
    }

    @Test
    void aYearWrittenShortIsTheYear() {
        core.router().answer("c44", "by when must the laborers go");
        assertThat(core.router().answer("c44", "by the end of next yr?").reply()).startsWith("No.").contains("this year");
    }

    @Test
    void aValueComparedOrAddedIsNoValueOfferedForTheLastOne() {
        core.router().answer("c42", "which port did the grain go to");
        assertThat(core.router().answer("c42", "compared to nampo?").reply()).doesNotStartWith("No.");
        core.router().answer("c43", "where's the summit being held");
        assertThat(core.router().answer("c43", "and moscow?").reply()).doesNotStartWith("No.");
    }

    @Test
    void hisBeforeAKinWordOwnsTheRelativeAndIsNoPremiseOfItsOwn() {
        core.router().answer("c45", "is kim il sung his granddad?");
        assertThat(core.router().answer("c45", "and kim jong il's his father?").reply()).startsWith("Yes. Kim Jong Il");
    }

    @Test
    void aYearOfferedForTheLastAnswersIsCheckedAgainstItNotTakenToAnotherFactOfThatYear() {
        core.router().answer("c46", "when did putin meet kim jong il");
        assertThat(core.router().answer("c46", "2011?").reply()).startsWith("No. Putin met");
        core.router().answer("c47", "when did putin meet kim jong il");
        assertThat(core.router().answer("c47", "is it 2011?").reply()).startsWith("No. Putin met");
        assertThat(core.router().answer("c48", "2011?").kind()).isEqualTo(Reply.Kind.DECLINE);
    }

    @Test
    void whenAfterWhereAnswersTheDate() {
        core.router().answer("c2", "where is the summit");
        assertThat(core.router().answer("c2", "and when?").reply()).contains("Thursday");
    }

    @Test
    void aBareWhenAfterHanoiAsksWhenHanoiWas() {
        core.router().answer("c10", "what happened in hanoi");
        assertThat(core.router().answer("c10", "when was that?").reply()).contains("February 2019").doesNotContain("Thursday");
    }

    @Test
    void aBareWhereAfterPutinsPastMeetingsAsksWhereThoseWere() {
        core.router().answer("c11", "has putin met kim's father");
        assertThat(core.router().answer("c11", "where?").reply()).contains("Moscow").doesNotContain("Russian Far East");
    }

    @Test
    void whenDidHeGoAfterPutinsVisitAsksWhenThatVisitWas() {
        core.router().answer("c13", "did putin visit pyongyang in 2001?");
        assertThat(core.router().answer("c13", "when did he go, then?").reply()).contains("2000")
                .doesNotContain("Thursday");
    }

    @Test
    void anyoneElseAfterPutinsExperienceGivesAnotherOfThoseMeetings() {
        core.router().answer("c14", "has putin met a north korean leader before?");
        Answer a = core.router().answer("c14", "anyone else?");
        assertThat(a.intent()).isEqualTo("putin_history");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void whatTimeInSlangAfterTheDayAsksForTheTimeTheArticleDoesNotGive() {
        core.router().answer("c15", "when is the summit");
        assertThat(core.router().answer("c15", "wat time tho").units()).containsExactly("date.gap_time");
    }

    @Test
    void whereExactlyInTheCityAfterTheDayAsksForTheVenueNotTheDaysTopic() {
        core.router().answer("c16", "when is the summit");
        assertThat(core.router().answer("c16", "where exactly in vladivostok").units())
                .containsExactly("location.gap_venue");
    }

    @Test
    void aBareOrderOfMagnitudeAfterTheRevenueChecksTheRevenue() {
        core.router().answer("c17", "how much money do the laborers make for kim");
        Answer a = core.router().answer("c17", "in the billions?");
        assertThat(a.units()).containsExactly("laborers.revenue");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void moreThanAnotherLeaderComparesTheTwoCounts() {
        core.router().answer("c18", "how many times did kim meet moon jae in");
        Answer a = core.router().answer("c18", "more than trump?");
        assertThat(a.reply()).as(a.detail()).startsWith("Yes.").contains("three with").contains("two with Trump");
        assertThat(a.units()).containsExactly("summit_count.summary");
    }

    @Test
    void howOneCountComparesWithAnotherGetsBothCounts() {
        core.router().answer("c19", "how many summits did kim have with trump");
        Answer a = core.router().answer("c19", "how does that stack up against xi?");
        assertThat(a.units()).as(a.detail()).containsExactly("summit_count.summary");
    }

    @Test
    void boundsFarApartCompareToo() {
        core.router().answer("c19", "how many north korean workers are still in russia");
        assertThat(core.router().answer("c19", "is that more than before").reply()).startsWith("No.")
                .contains("50,000");
    }

    @Test
    void aDenyingAnswerDeniesAQuestionInTheWordsOfItsTopicsOtherFacts() {
        core.router().answer("c20", "what big projects have been talked about");
        assertThat(core.router().answer("c20", "is he keen on the rail and pipeline stuff").reply())
                .startsWith("No.").contains("hasn't shown much interest");
    }

    @Test
    void wereThereMoreBeforeAsksWhetherTheEarlierFigureIsTheLarger() {
        core.router().answer("c21", "how many north korean workers are still in russia");
        assertThat(core.router().answer("c21", "were there more before?").reply()).startsWith("Yes.")
                .contains("50,000");
    }

    @Test
    void howLongAfterWhereAsksTheDatesTopicWhichKnowsOfTime() {
        core.router().answer("c22", "where exactly in vladivostok");
        assertThat(core.router().answer("c22", "how long does it last").units()).containsExactly("date.gap_length");
    }

    @Test
    void whetherTheAnswersSubjectDidWhatItDeniesIsANo() {
        core.router().answer("c23", "what big projects have been talked about");
        assertThat(core.router().answer("c23", "did putin actually do any of them").reply()).startsWith("No.");
    }

    @Test
    void aFullQuestionAboutTheSummitIsNotTakenForTheLastTopic() {
        core.router().answer("c12", "what happened in hanoi");
        assertThat(core.router().answer("c12", "when is the summit").reply()).contains("Thursday");
    }

    @Test
    void hisFatherAfterAQuestionAboutKimIsKimJongIl() {
        core.router().answer("c3", "who is kim jong un");
        assertThat(core.router().answer("c3", "who is his father?").reply()).contains("Kim Jong Il");
    }

    @Test
    void hisFatherAfterAQuestionAboutPutinIsNotInventedFromKimsFamily() {
        core.router().answer("c4", "who is vladimir putin");
        String reply = core.router().answer("c4", "who is his father?").reply();
        assertThat(reply).doesNotContain("Kim Jong Il is").contains("doesn't say");
    }

    @Test
    void aPronounRefersToThePersonTalkedAboutLast() {
        core.router().answer("c5", "who is moon jae-in");
        assertThat(core.router().answer("c5", "how many summits has kim had with him").reply()).contains("three summits");
    }

    @Test
    void whoIsHeAfterASummitCountNamesTheLeader() {
        core.router().answer("c13", "how many summits has kim held with moon");
        assertThat(core.router().answer("c13", "who is he?").reply()).contains("Moon Jae-in is the South Korean President");
    }

    @Test
    void aNewQuestionAboutTheSamePeopleIsNotTakenForAFollowUp() {
        core.router().answer("c9", "who is moon jae-in");
        Answer a = core.router().answer("c9", "how old is putin");
        assertThat(a.intent()).isEqualTo("out_of_scope");
        assertThat(a.reply()).doesNotContain("Russia's president");
    }

    @Test
    void conversationsDoNotShareMemory() {
        core.router().answer("c6", "how many summits has kim held with xi?");
        core.router().answer("c7", "who is xi jinping");
        assertThat(core.router().answer("c7", "what about moon?").reply()).contains("South Korean President");
        assertThat(core.router().answer("c6", "what about moon?").reply()).contains("three summits");
    }

    @Test
    void memoryFadesAfterAWhile() {
        core.router().answer("c8", "who is xi jinping");
        clock.advance(Duration.ofMinutes(11));
        assertThat(core.router().answer("c8", "what about moon?").intent()).isNotEqualTo("person");
    }

    @Test
    void whyAfterAnAnswerGivesAReasonFromThatTopic() {
        core.router().answer("c20", "when do the north korean workers have to leave russia?");
        Answer why = core.router().answer("c20", "why?");
        assertThat(why.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(why.units()).singleElement().isIn("laborers.resolution", "laborers.keep_flowing");
    }

    @Test
    void aPronounFollowUpTheClassifierCannotPlaceContinuesTheLastTopic() {
        core.router().answer("c21", "what does kim want from seoul?");
        Answer a = core.router().answer("c21", "why isnt that going anywhere");
        assertThat(a.units()).as(a.detail()).containsExactly("south_korea.obstacle");
    }

    @Test
    void whoAreYouAfterAnAnswerIsStillSmallTalk() {
        core.router().answer("c22", "how many north korean workers are still in russia?");
        assertThat(core.router().answer("c22", "who are you?").kind()).isEqualTo(Reply.Kind.SMALLTALK);
    }

    @Test
    void aPersonTheLastTopicNamesKeepsThatTopic() {
        core.router().answer("c23", "when did putin meet kim's father?");
        Answer a = core.router().answer("c23", "what about medvedev?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
    }

    @Test
    void aBareWhereAfterSmallTalkWordsStillContinuesTheTopic() {
        core.router().answer("c24", "is the summit in moscow?");
        Answer a = core.router().answer("c24", "oh ok so where");
        assertThat(a.units()).as(a.detail()).containsExactly("location.place");
    }

    @Test
    void andEarlierAndTodaySwitchTheTimeOfTheLastCount() {
        core.router().answer("c25", "how many north korean workers are in russia?");
        assertThat(core.router().answer("c25", "and earlier?").units()).containsExactly("laborers.peak");
        assertThat(core.router().answer("c25", "and today?").units()).containsExactly("laborers.count");
    }

    @Test
    void tellMeMoreGivesTheLastTopicsSummary() {
        core.router().answer("c26", "what sanctions are on north korea?");
        assertThat(core.router().answer("c26", "tell me more").units()).containsExactly("sanctions.summary");
    }

    @Test
    void aPlaceAloneAfterAnAnswerAsksWhereForTheLastTopic() {
        core.router().answer("c27", "how many north korean workers are in russia?");
        assertThat(core.router().answer("c27", "where in russia").units()).containsExactly("laborers.industry");
    }

    @Test
    void aPlaceNamedInANewQuestionIsNotTakenForAFollowUp() {
        core.router().answer("c28", "why is kim meeting putin now?");
        Answer a = core.router().answer("c28", "what happened in hanoi?");
        assertThat(a.units()).as(a.detail()).first().asString().startsWith("hanoi_summit.");
    }

    @Test
    void likeWhatAsksForTheItemsOfTheLastTopic() {
        core.router().answer("c30", "does kim have a lot he wants from putin?");
        Answer a = core.router().answer("c30", "like what?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).first().asString().startsWith("kim_goals.");
    }

    @Test
    void textSpeakForATimeIsUnderstood() {
        core.router().answer("c31", "how many nk workers r in russia rn");
        assertThat(core.router().answer("c31", "were there more b4?").units()).containsExactly("laborers.peak");
    }

    @Test
    void whoIsHeAfterADeclineThatNamedSomeoneIsThatPersonNotSmallTalk() {
        core.router().answer("c32", "whats medvedev got to do with this");
        Answer a = core.router().answer("c32", "who is he anyway");
        assertThat(a.units()).as(a.detail()).startsWith("person.dmitry_medvedev.description");
    }

    @Test
    void aShortQuestionThatSoundsLikeSmallTalkAsksOnAboutTheLastAnswer() {
        core.router().answer("s1", "did washington say anything to seoul?");
        Answer a = core.router().answer("s1", "against what?");
        assertThat(a.intent()).isEqualTo("south_korea");
        assertThat(a.units()).isNotEmpty();
    }

    @Test
    void thanksInTheMiddleOfAConversationStaysSmallTalk() {
        core.router().answer("s2", "did washington say anything to seoul?");
        assertThat(core.router().answer("s2", "cool thanks, what else can you do?").units()).isEmpty();
    }

    @Test
    void whenThePointingBackWordsAreKnownToNeitherTopicTheLastTopicKeepsThem() {
        core.router().answer("s3", "how many north korean laborers are in russia?");
        assertThat(core.router().answer("s3", "by when will they all be gone?").units()).containsExactly("laborers.deadline");
    }

    @Test
    void aHowManyPointingBackCountsTheLastTopicNotASummit() {
        core.router().answer("s4", "why are the laborers being sent home?");
        assertThat(core.router().answer("s4", "how many of em are there?").units()).containsExactly("laborers.count");
    }

    @Test
    void aTopicNamedAsAWholeThingIsBroadNotAYesNo() {
        core.router().answer("s5", "what does kim want?");
        Answer a = core.router().answer("s5", "and the laborers thing?");
        assertThat(a.units()).containsExactly("laborers.summary");
        assertThat(a.reply()).doesNotStartWith("Yes");
    }

    @Test
    void howComeAfterAReasonGivesTheReasonBehindItNotTheSameSentence() {
        Answer first = core.router().answer("s6", "why has kim's push for korean unity not worked?");
        Answer behind = core.router().answer("s6", "how come?");
        assertThat(behind.units()).isNotEqualTo(first.units()).containsExactly("south_korea.warning");
    }

    @Test
    void aYesNoQuestionTheClassifierDoubtsIsAnsweredWhenTheClosestFactStatesBothPeopleItNames() {
        core.router().answer("s7", "who is kim jong il?");
        Answer a = core.router().answer("s7", "did putin ever meet him?");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("putin_history.kim_jong_il_meetings");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void aShortWhyAboutAClaimWhoseTopicHasNoReasonGetsTheReasonTheArticleGivesNext() {
        core.router().answer("s8", "what matters most to kim?");
        Answer a = core.router().answer("s8", "what's holding him back?");
        assertThat(a.units()).containsExactly("sanctions.effect");
    }

    @Test
    void aShortYesNoAboutAPlaceIsCheckedAgainstTheAnswerThatSaidWhere() {
        core.router().answer("s9", "which city hosts the summit?");
        Answer a = core.router().answer("s9", "so is that in china?");
        assertThat(a.units()).containsExactly("location.place");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void andAnotherTopicRightAfterAClaimComparingWithItGetsThatTopicsClaimInTheSameParagraph() {
        core.router().answer("s10", "how big is russia's presence in the north?");
        assertThat(core.router().answer("s10", "and china?").units()).containsExactly("china.businessmen");
    }

    @Test
    void andAnotherTopicWithNothingSaidBeforeGetsItsOverview() {
        assertThat(core.router().answer("s11", "and china?").units()).containsExactly("china.summary");
    }

    @Test
    void whereDidTheyMeetAfterAPastMeetingAsksWhereThatMeetingWas() {
        core.router().answer("m1", "so medvedev met kim jong il too?");
        Answer a = core.router().answer("m1", "where did they meet then");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.medvedev");
    }

    @Test
    void whereDoTheyMeetAfterAPastMeetingIsStillTheSummitsQuestion() {
        core.router().answer("m2", "so medvedev met kim jong il too?");
        assertThat(core.router().answer("m2", "where do they meet?").reply()).contains("Vladivostok")
                .doesNotContain("2011");
    }

    @Test
    void whatYearAfterTheResolutionAsksTheResolutionsYear() {
        core.router().answer("m3", "was the un resolution passed in 2015?");
        assertThat(core.router().answer("m3", "which year then").reply()).contains("2017");
    }

    @Test
    void aYesNoAboutAWordTheLastAnswerStatesIsCheckedByThatAnswer() {
        core.router().answer("m4", "what has washington told seoul");
        Answer a = core.router().answer("m4", "is that to do with sanctions?");
        assertThat(a.units()).as(a.detail()).containsExactly("south_korea.warning");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void aBareButAsksForWhatComesNext() {
        core.router().answer("m5", "why has kim been kept from improving the economy?");
        Answer a = core.router().answer("m5", "but?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
    }

    @Test
    void aDeclinedQuestionAboutSomeoneStillNamesWhoHeIs() {
        Answer declined = core.router().answer("m7", "what is putin's favourite food");
        assertThat(declined.kind()).as(declined.detail()).isEqualTo(Reply.Kind.DECLINE);
        Answer a = core.router().answer("m7", "ok who is he anyway");
        assertThat(a.units()).as(a.detail()).containsExactly("person.vladimir_putin.description");
    }

    @Test
    void aJudgementOfSizeTheArticleDoesNotMakeIsDeclinedWithTheFact() {
        core.router().answer("m8", "how many north korean laborers are in russia");
        Answer a = core.router().answer("m8", "is that a lot though");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't say.").contains("10,000");
    }

    @Test
    void aJudgementOfSizeTheArticleMakesIsAnswered() {
        core.router().answer("m9", "how big is russia's footprint in the north");
        assertThat(core.router().answer("m9", "is that a lot?").reply()).startsWith("No.");
    }

    @Test
    void anotherPlaceAloneAsksForTheClaimThatSetsItAgainstTheLastOne() {
        core.router().answer("m10", "are there many chinese businessmen in north korea?");
        Answer a = core.router().answer("m10", "and the russians?");
        assertThat(a.units()).as(a.detail()).containsExactly("russia_projects.footprint");
    }

    @Test
    void detailsPleaseAsksForMoreOfTheLastTopic() {
        core.router().answer("m11", "has putin dealt with north korean leaders");
        Answer a = core.router().answer("m11", "more details pls");
        assertThat(a.intent()).as(a.detail()).isEqualTo("putin_history");
    }

    @Test
    void heHoldingSummitsWithAnotherLeaderIsKimWhoeverHeWasLast() {
        core.router().answer("m12", "how many times has kim met trump?");
        Answer a = core.router().answer("m12", "and has he held three summits with moon?");
        assertThat(a.units()).as(a.detail()).containsExactly("person.moon_jae_in.summits_with_kim");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void andTheReasonAsksTheReasonBehindTheLastClaim() {
        core.router().answer("m13", "did the ties between moscow and pyongyang fall apart?");
        Answer a = core.router().answer("m13", "and the reason?");
        assertThat(a.intent()).as(a.detail()).isEqualTo("history");
    }

    @Test
    void aBareValueRightAfterAnAnswerStatingOneOfItsKindIsAConfirmation() {
        core.router().answer("m14", "do they meet on a monday?");
        assertThat(core.router().answer("m14", "thursday then?").reply()).startsWith("Yes.");
        core.router().answer("m15", "do they meet on a monday?");
        assertThat(core.router().answer("m15", "tuesday then?").reply()).startsWith("No.");
    }

    @Test
    void whetherKimGetsWhatHeWantsIsNeverAYes() {
        core.router().answer("m16", "does kim want the money from the workers to keep flowing?");
        assertThat(core.router().answer("m16", "and will he get what he wants?").reply()).doesNotStartWith("Yes");
    }

    @Test
    void aLeaderAndACountAfterASummitCountIsACheckOfThatCount() {
        core.router().answer("m17", "how many summits with xi?");
        assertThat(core.router().answer("m17", "and moon, 3 times?").reply()).startsWith("Yes.");
        assertThat(core.router().answer("m17", "and trump, 4?").reply()).startsWith("No.");
    }

    @Test
    void aBareValueCheckedAfterAnAnswerIsCheckedAgainstThatAnswer() {
        core.router().answer("v1", "when did putin go to pyongyang?");
        Answer a = core.router().answer("v1", "so was it 2002?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.pyongyang_visit");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void aYesNoSayingTheOppositeOfAFactOfTheLastTopicIsCheckedThere() {
        core.router().answer("v2", "how did the summit in hanoi end?");
        Answer a = core.router().answer("v2", "was that the first summit between them?");
        assertThat(a.units()).as(a.detail()).containsExactly("hanoi_summit.when");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void aWhyWhoseWordsFitAnotherClaimGetsTheCloseReasonNotADecline() {
        core.router().answer("r1", "were moscow and pyongyang always close?");
        Answer a = core.router().answer("r1", "so why did it break down?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("history.end_support");
    }

    @Test
    void howBigIsAnsweredByASizeInWords() {
        core.router().answer("s1", "has putin shown interest in the pipeline projects?");
        Answer a = core.router().answer("s1", "how large is russia's presence there then?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("russia_projects.footprint");
    }

    @Test
    void aFigureAskedAfterAClaimThatTeasesMoreIsTheFigureNotTheNextClaim() {
        core.router().answer("c90", "what are kims two urgent issues");
        core.router().answer("c90", "is it only about those two things?");
        assertThat(core.router().answer("c90", "how many workers are we talking").units())
                .containsExactly("laborers.count");
    }

    @Test
    void whatItIsReallyAboutAfterAClaimThatTeasesMoreIsTheNextClaim() {
        core.router().answer("c91", "what are kims two urgent issues");
        core.router().answer("c91", "is it only about those two things?");
        assertThat(core.router().answer("c91", "so what is it really about then?").units())
                .doesNotContain("kim_goals.deeper", "kim_goals.urgent_concerns");
    }

    @Test
    void whichOneAfterAThingTheLastAnswerLeftUnnamedSaysTheArticleDoesNotNameIt() {
        core.router().answer("c92", "where were the documents published?");
        Answer a = core.router().answer("c92", "which one");
        assertThat(a.units()).as(a.detail()).containsExactly("trade_target.gap_newspaper");
    }

    @Test
    void whichOneStaysWithTheLastTopic() {
        core.router().answer("c93", "has putin been there with a north korean leader before?");
        assertThat(core.router().answer("c93", "which one").intent()).isEqualTo("putin_history");
    }

    @Test
    void thereInALongerQuestionIsThePlaceTheLastAnswerNamed() {
        core.router().answer("c94", "where's the summit");
        Answer a = core.router().answer("c94", "has putin met a north korean leader there before?");
        assertThat(a.units()).as(a.detail()).containsExactly("putin_history.kim_jong_il_meetings");
        assertThat(a.reply()).startsWith("Yes.");
    }

    @Test
    void anyoneElseAfterAMeetingIsTheNearClaimNamingSomeoneNew() {
        core.router().answer("c95", "when did putin meet kim jong il?");
        assertThat(core.router().answer("c95", "anyone else?").units()).containsExactly("putin_history.medvedev");
    }

    @Test
    void aFigureComparedWithATimeTheArticleGivesNoFigureForIsDeclinedWithTheFigure() {
        core.router().answer("c96", "how much wheat did russia send");
        Answer a = core.router().answer("c96", "is that more than last year?");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.reply()).startsWith("The article doesn't say").contains("2,000 tons");
    }

    @Test
    void aFigureComparedWithATimeTheArticleGivesAFigureForIsCompared() {
        core.router().answer("c97", "how many north korean workers are in russia");
        assertThat(core.router().answer("c97", "is that more than before?").reply()).startsWith("No.");
    }

    @Test
    void isHeStillPresidentAfterWhoSomeoneIsAsksWhatHeIs() {
        core.router().answer("c98", "who is dmitry medvedev");
        Answer a = core.router().answer("c98", "is he still president");
        assertThat(a.units()).as(a.detail()).startsWith("person.dmitry_medvedev.description");
        assertThat(a.reply()).startsWith("No.");
    }

    @Test
    void isHeMeetingSomeoneElseAfterWhoSomeoneIsIsNotWhatHeIs() {
        core.router().answer("c99", "who is kim jong un");
        assertThat(core.router().answer("c99", "is he meeting trump again?").units())
                .doesNotContain("person.kim_jong_un.description");
    }

    @Test
    void anotherCountryOfferedForTheLastAnswersOneIsCheckedByThatAnswer() {
        core.router().answer("c40", "whos nk's main trading partner");
        Answer a = core.router().answer("c40", "is it russia?");
        assertThat(a.units()).containsExactly("china.role");
        assertThat(a.reply()).startsWith("No. North Korea has long depended on China");
    }

    @Test
    void aValueOfferedThatIsOneOfSeveralTheLastAnswerNamesGetsNeitherYesNorNo() {
        core.router().answer("c43", "whos nk's main trading partner");
        Answer a = core.router().answer("c43", "is it north korea?");
        assertThat(a.units()).containsExactly("china.role");
        assertThat(a.reply()).startsWith("North Korea has long depended");
    }

    @Test
    void isThatAPlaceAfterWhereTheWheatWentChecksThePort() {
        core.router().answer("c41", "where's the wheat going");
        assertThat(core.router().answer("c41", "is that pyongyang?").reply())
                .startsWith("No. The wheat was shipped to the North Korean port of Chongjin");
    }

    @Test
    void aPlaceAroundWhichTheyAreSaidToWorkIsChecked() {
        core.router().answer("c42", "where do the workers work");
        assertThat(core.router().answer("c42", "are they mostly around moscow?").reply())
                .startsWith("No. Many of the laborers work in the logging industry");
    }

    @Test
    void hisTallyWithEveryoneAfterOneLeadersCountGivesEveryCount() {
        core.router().answer("c44", "how many summits has kim done with xi");
        Answer a = core.router().answer("c44", "what's his total summit tally with everyone");
        assertThat(a.units()).containsExactly("summit_count.summary");
    }

    @Test
    void whatIsNeededGetsTheFirstRequirementNotTheOneAddedToIt() {
        core.router().answer("c45", "what's kim's trade goal with russia");
        assertThat(core.router().answer("c45", "what's needed to pull that off").units())
                .containsExactly("trade_target.requires");
        assertThat(core.router().answer("c45", "anything else it would need?").units())
                .containsExactly("trade_target.russian_behavior");
    }

    @Test
    void anAmountAskedInWordsBothTopicsKnowStaysWithTheLastTopicsGap() {
        core.router().answer("c90", "is china north korea's main trade partner");
        Answer a = core.router().answer("c90", "how much trade are we talking");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).containsExactly("china.gap_figures");
    }

    @Test
    void aCountAskedRightAfterWhoALeaderIsCountsThatLeader() {
        core.router().answer("c91", "who is xi jinping");
        assertThat(core.router().answer("c91", "how many summits with kim").reply())
                .contains("four summits", "Xi Jinping").doesNotContain("Moon");
        core.router().answer("c92", "who is xi jinping");
        assertThat(core.router().answer("c92", "how many summits has kim held in total").units())
                .containsExactly("summit_count.summary");
    }

    @Test
    void aFollowOnTheLastAnswerStatesAsksOfThatAnswerAgain() {
        core.router().answer("c93", "have kim's talks with the us stalled?");
        Answer yes = core.router().answer("c93", "and with south korea?");
        assertThat(yes.units()).containsExactly("why_now.stalled");
        assertThat(yes.reply()).startsWith("Yes.");
        core.router().answer("c94", "what happened to kim's talks with the us");
        Answer asked = core.router().answer("c94", "and the south korean investment?");
        assertThat(asked.units()).containsExactly("why_now.stalled");
        assertThat(asked.reply()).doesNotStartWith("No.");
    }

    @Test
    void aCountryTheLastAnswerOnlySetsItsSubjectAgainstIsAskedOfItsOwnFacts() {
        core.router().answer("c95", "does russia have a big presence in north korea?");
        assertThat(core.router().answer("c95", "and china?").units()).containsExactly("china.businessmen");
    }

    @Test
    void whyKimCaresAsksTheReasonBehindTheLastAnswer() {
        core.router().answer("c96", "how many north korean workers are in russia");
        assertThat(core.router().answer("c96", "why does kim care?").units()).containsExactly("laborers.keep_flowing");
    }

    @Test
    void aNameAskedAfterSomeoneLeftUnnamedIsTheGapThatWithholdsIt() {
        core.router().answer("c97", "who found the internal documents");
        Answer researcher = core.router().answer("c97", "what is his name?");
        assertThat(researcher.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(researcher.units()).containsExactly("trade_target.gap_researcher");
        core.router().answer("c98", "where were the documents published");
        assertThat(core.router().answer("c98", "whats the name").units()).containsExactly("trade_target.gap_newspaper");
    }

    @Test
    void whatTheLastAnswersThingHoldsIsTheGapThatSaysTheArticleDoesNotList() {
        core.router().answer("c99", "which un resolution is kicking the workers out");
        Answer a = core.router().answer("c99", "what sanctions are actually in it");
        assertThat(a.units()).containsExactly("sanctions.gap_list");
        assertThat(a.reply()).startsWith("The article doesn't list the sanctions");
    }

    @Test
    void aFollowOnWithAClaimOfItsOwnStillGetsItsVerdict() {
        core.router().answer("c100", "what's the trade figure kim is aiming for with russia by 2020");
        assertThat(core.router().answer("c100", "and that's a fivefold jump?").reply()).startsWith("No.");
    }

    @Test
    void whatTheLastAnswerMentionsInPassingIsAskedOfTheTopicAboutIt() {
        core.router().answer("c101", "why does he need a win so badly");
        Answer a = core.router().answer("c101", "which summit failed");
        assertThat(a.intent()).isEqualTo("hanoi_summit");
        assertThat(a.reply()).contains("Hanoi");
        core.router().answer("c102", "why does he need a win so badly");
        assertThat(core.router().answer("c102", "what does he want from putin").intent()).isNotEqualTo("hanoi_summit");
    }

    @Test
    void howOftenHeMetSomeoneTheSummitCountNeverNamesIsTheTopicNamingThemBoth() {
        core.router().answer("c103", "Putin went to Pyongyang in 2000, didn't he?");
        Answer a = core.router().answer("c103", "and how often has he met Kim's father?");
        assertThat(a.units()).containsExactly("putin_history.kim_jong_il_meetings");
        assertThat(core.router().answer("c104", "how many summits has trump held with moon").kind())
                .isEqualTo(Reply.Kind.DECLINE);
    }

    @Test
    void aFollowUpHeardConfidentlyAsAnotherTopicKeepsItWhenOtherWordsAreFartherInMeaning() {
        core.router().answer("c-south", "why is kim looking to russia instead of just leaning on china");
        Answer a = core.router().answer("c-south", "and what about the south, can't they help");
        assertThat(a.units()).as(a.detail()).containsExactly("south_korea.summary");
    }

    @Test
    void aTimeAskedOfSomethingTheArticleNeverMentionsIsNoFollowUp() {
        core.router().answer("c90", "is putin likely to give kim what he wants");
        Answer a = core.router().answer("c90", "hmm. what happened in ukraine today");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.DECLINE);
        core.router().answer("c91", "were there more NK workers in russia before?");
        Answer peak = core.router().answer("c91", "how many at the high point");
        assertThat(peak.units()).as(peak.detail()).containsExactly("laborers.peak");
    }
}
