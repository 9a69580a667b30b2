package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.MovableClock;

/** Choices offered with "or", the time or place of what was just said, deeds denied, tags before a remark. */
class ChoicesAndFollowOnsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2019-04-25T08:00:00Z"));
    @RegisterExtension
    final CoreFixture core = new CoreFixture(() -> new ConversationMemory(clock, Duration.ofMinutes(10), 100));

    @Test
    void aChoiceOfCommoditiesIsAnsweredWithTheOneShipped() {
        Answer a = core.router().answer("c1", "rice or wheat");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("food_aid.shipment");
        assertThat(a.reply()).doesNotStartWith("No.").doesNotContain("doesn't say");
    }

    @Test
    void aChoiceOfPlacesGetsThePlaceWithoutAYesOrNo() {
        Answer a = core.router().answer("c2", "is the summit in moscow or vladivostok");
        assertThat(a.units()).containsExactly("location.place");
        assertThat(a.reply()).startsWith("The Kim-Putin meeting").contains("Vladivostok");
    }

    @Test
    void aChoiceOfPlacesNeitherOfWhichIsRightIsStillANo() {
        assertThat(core.router().answer("c3", "is the summit in moscow or beijing").reply()).startsWith("No.")
                .contains("Vladivostok");
    }

    @Test
    void aChoiceThenAGuessChecksTheGuess() {
        assertThat(core.router().answer("c4", "wait was it rice or wheat? rice right?").reply()).startsWith("No.");
    }

    @Test
    void whichPartOfRussiaAfterTheWorkersAsksWhereTheyWork() {
        core.router().answer("c5", "how many north korean workers are in russia");
        Answer a = core.router().answer("c5", "which part of russia");
        assertThat(a.units()).containsExactly("laborers.industry");
        assertThat(a.reply()).contains("Russian Far East");
    }

    @Test
    void whichYearAfterAMeetingAsksTheYearOfThatMeeting() {
        core.router().answer("c6", "did medvedev meet kim jong il");
        Answer a = core.router().answer("c6", "which yr");
        assertThat(a.units()).containsExactly("putin_history.medvedev");
        assertThat(a.reply()).contains("2011");
    }

    @Test
    void whatDateAfterAPhotoIsThatPhotosDate() {
        core.router().answer("c7", "where was the putin picture taken");
        assertThat(core.router().answer("c7", "what date was it taken").reply()).contains("April 9, 2019");
    }

    @Test
    void whatDateAfterTheWeekdayIsTheCalendarDateTheArticleDoesNotGive() {
        core.router().answer("c8", "is the meeting on thursday");
        Answer a = core.router().answer("c8", "what date is that");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).containsExactly("date.gap_time");
    }

    @Test
    void aPictureAskedForIsTheTopicsOverview() {
        assertThat(core.router().answer("c9", "give me the sanctions picture").units())
                .containsExactly("sanctions.summary");
    }

    @Test
    void whosTheResearcherIsANameTheArticleWithholds() {
        Answer a = core.router().answer("c10", "whos the researcher that got the documents");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).containsExactly("trade_target.gap_researcher");
    }

    @Test
    void whatIsGonnaHappenToTheWorkersIsTheirAftermathTheArticleDoesNotGive() {
        core.router().answer("c11", "why are the north korean workers being kicked out of russia");
        Answer a = core.router().answer("c11", "whats gonna happen to them once they leave");
        assertThat(a.units()).containsExactly("laborers.gap_aftermath");
    }

    @Test
    void aWillingnessAnswersWhetherSomeoneWillHelp() {
        Answer a = core.router().answer("c13", "will russia help out");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("food_aid.willingness");
    }

    @Test
    void aDeedAskedOfAClaimThatDeniesItIsANo() {
        assertThat(core.router().answer("c14", "has putin pushed to actually build them?").reply())
                .startsWith("No. Putin hasn't shown much interest");
        assertThat(core.router().answer("c15", "did kim manage to get them lifted?").reply())
                .startsWith("No.").contains("impasse");
    }

    @Test
    void talkOfADeedConfirmsNoDeed() {
        Answer a = core.router().answer("c16", "did they ever build the pipelines?");
        assertThat(a.reply()).doesNotStartWith("Yes.");
    }

    @Test
    void whichCountryAsksForACountryNotForAFactThatSaysCountry() {
        core.router().answer("c17", "is the meeting in the chinese city of vladivostok?");
        Answer a = core.router().answer("c17", "wait so which country");
        assertThat(a.units()).containsExactly("location.place");
        assertThat(core.router().answer("c17", "which day again").units()).containsExactly("date.day");
    }

    @Test
    void aClaimTaggedForAgreementThenARemarkIsStillCheckedAsAYesOrNo() {
        Answer a = core.router().answer("c18",
                "so the russian wheat was shipped to pyongyang, right? that's what i read");
        assertThat(a.reply()).startsWith("No.").contains("Chongjin");
        assertThat(a.units()).containsExactly("food_aid.port");
    }

    @Test
    void onWhatDateAfterAPhotoIsThatPhotosDate() {
        core.router().answer("c19", "where was the putin photo taken");
        assertThat(core.router().answer("c19", "and on what date").reply()).contains("April 9, 2019");
    }
}
