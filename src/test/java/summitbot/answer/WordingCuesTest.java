package summitbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import summitbot.CoreFixture;
import summitbot.MovableClock;

/**
 * Everyday wordings of what is asked: an overview, what the article says about a part, figures, what
 * someone makes of something.
 */
class WordingCuesTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2019-04-25T08:00:00Z"));
    @RegisterExtension
    final CoreFixture core = new CoreFixture(() -> new ConversationMemory(clock, Duration.ofMinutes(10), 100));

    @Test
    void whatTheArticleIsAboutAfterAnAcknowledgementIsTheOverview() {
        Answer a = core.router().answer("w1", "fair enough. what's this article about then");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("source.summary");
    }

    @Test
    void theShortVersionOfATopicIsItsSummary() {
        Answer a = core.router().answer("w2", "what's this story about, short version");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("source.summary");
    }

    @Test
    void tradeNumbersWithChinaGetTheGapThatTheArticleGivesNone() {
        Answer a = core.router().answer("w3", "Could you give me the trade numbers between China and North Korea?");
        assertThat(a.kind()).isEqualTo(Reply.Kind.DECLINE);
        assertThat(a.units()).containsExactly("china.gap_figures");
        assertThat(a.reply()).contains("no trade figures for China");
    }

    @Test
    void whatBeijingMakesOfTheSummitIsWhatChinaThinksWhichTheArticleDoesNotSay() {
        Answer a = core.router().answer("w4", "whats beijing's take on this summit");
        assertThat(a.units()).containsExactly("china.gap_view");
        assertThat(a.reply()).startsWith("The article doesn't say what China thinks");
    }

    @Test
    void whatMakesSomeoneNervousIsStillTheFact() {
        Answer a = core.router().answer("w5", "what makes kim nervous about china");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("china.worry");
    }

    @Test
    void whatTheArticleSaysAboutATopicIsItsSummary() {
        Answer a = core.router().answer("w6", "what does it say about china");
        assertThat(a.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("china.summary");
    }

    @Test
    void whatTheArticleSaysAboutOneNamedThingIsStillThatFact() {
        Answer a = core.router().answer("w7", "what does the article say about chongjin");
        assertThat(a.units()).containsExactly("food_aid.port");
    }

    @Test
    void aPartOfTheStoryAskedAsASectionOrABitIsItsSummary() {
        assertThat(core.router().answer("w8", "And the wish list section?").units()).containsExactly("kim_goals.summary");
        assertThat(core.router().answer("w9", "the china bit too").units()).containsExactly("china.summary");
    }

    @Test
    void aFactTheWordsAndTheMeaningBothPickOutAnswersWhatTheClassifierHeardAsOutOfScope() {
        Answer a = core.router().answer("w10", "how many workers is north korea about to lose in russia");
        assertThat(a.kind()).as(a.detail()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(a.units()).containsExactly("laborers.count");
    }

    @Test
    void whatSomeoneOutsideTheSummitDidIsTheFactNamingThemNotWhoTheyAre() {
        assertThat(core.router().answer("w11", "what did medvedev do").units()).containsExactly("putin_history.medvedev");
        assertThat(core.router().answer("w12", "why is medvedev even mentioned").units())
                .containsExactly("putin_history.medvedev");
        assertThat(core.router().answer("w13", "who is medvedev").units())
                .containsExactly("person.dmitry_medvedev.description", "putin_history.medvedev");
    }

    @Test
    void thePhotographerDmitriIsNotMedvedev() {
        Answer a = core.router().answer("w14", "who is medvedev");
        assertThat(a.reply()).doesNotContain("Lovetsky");
        assertThat(core.router().answer("w15", "who took the photos").reply()).contains("Dmitri Lovetsky");
    }
}
