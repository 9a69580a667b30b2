package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonTextTest extends RunningBotTest {

    @Test
    void aStickerInAPrivateChatGetsOneShortNoticeAMinute() throws Exception {
        h.api.push(FakeUpdates.sticker(701, "private", 701));
        h.api.push(FakeUpdates.photo(701, "private", 701, "what is this?"));
        h.api.push(FakeUpdates.editedText(701, "private", 701, "where is it?"));
        h.api.push(FakeUpdates.privateText(701, "Where is the summit?"));

        h.api.await("sendMessage", c -> c.chatId() == 701 && c.text().contains("Vladivostok"), 1, BotHarness.WAIT);

        assertThat(h.sentTo(701)).hasSize(2);
        assertThat(h.sentTo(701).get(0).text()).isEqualTo("I can only read text questions. Please type your question.");
        assertThat(h.sentTo(701).get(1).text()).contains("Vladivostok");
    }

    @Test
    void nonTextInAGroupAndChannelPostsAreIgnoredAndTheLoopGoesOn() throws Exception {
        int sticker = h.api.push(FakeUpdates.sticker(-100_701, "supergroup", 7));
        h.api.push(FakeUpdates.editedText(-100_701, "supergroup", 7, "@SummitTestBot where?"));
        h.api.push(FakeUpdates.channelPost(-100_702, "@SummitTestBot where is the summit?"));
        h.api.push(FakeUpdates.privateText(702, "Where is the summit?"));

        h.replies(702, 1);

        assertThat(h.api.calls("sendMessage")).hasSize(1);
        assertThat(h.bot.inbox().outcome(sticker)).isEqualTo("ignored");
    }
}
