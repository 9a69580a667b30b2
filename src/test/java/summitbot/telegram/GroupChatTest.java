package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupChatTest extends RunningBotTest {
    static final long GROUP = -100_700;

    /** Pushes {@code update} followed by a marker the bot answers, and returns once the marker is answered. */
    private void pushThenMarker(com.fasterxml.jackson.databind.node.ObjectNode update) throws Exception {
        h.api.push(update);
        h.api.push(FakeUpdates.groupText(GROUP, 9, "@SummitTestBot where is the summit?"));
        h.api.await("sendMessage", c -> c.chatId() == GROUP && c.text().contains("Vladivostok"), 1, BotHarness.WAIT);
    }

    @Test
    void aMentionIsAnsweredAsAReplyToThatMessage() throws Exception {
        h.api.push(FakeUpdates.groupText(GROUP, 11, "hey @SummitTestBot, where is the summit?"));

        FakeBotApi.Call reply = h.replies(GROUP, 1).get(0);

        assertThat(reply.text()).contains("Vladivostok");
        assertThat(reply.params().path("reply_parameters").path("message_id").asInt()).isPositive();
    }

    @Test
    void aReplyToTheBotsMessageIsAnswered() throws Exception {
        h.api.push(FakeUpdates.groupReplyToBot(GROUP, 12, "and when is it?", 4242));

        FakeBotApi.Call reply = h.replies(GROUP, 1).get(0);

        assertThat(reply.text()).contains("Thursday");
    }

    @Test
    void aCommandAddressedToThisBotIsAnswered() throws Exception {
        h.api.push(FakeUpdates.groupText(GROUP, 13, "/source@SummitTestBot"));

        assertThat(h.replies(GROUP, 1).get(0).text()).contains("AP report");
    }

    @Test
    void otherChatterInAGroupIsNotAnswered() throws Exception {
        pushThenMarker(FakeUpdates.groupText(GROUP, 14, "where is the summit?"));

        assertThat(h.sentTo(GROUP)).hasSize(1);
    }

    @Test
    void aBareCommandOrACommandForAnotherBotIsNotAnswered() throws Exception {
        h.api.push(FakeUpdates.groupText(GROUP, 15, "/help"));
        pushThenMarker(FakeUpdates.groupText(GROUP, 15, "/help@OtherBot"));

        assertThat(h.sentTo(GROUP)).hasSize(1);
    }

    @Test
    void anotherBotIsNeverAnsweredEvenWhenItMentionsThisBot() throws Exception {
        pushThenMarker(FakeUpdates.fromBot(GROUP, "supergroup", 555, "@SummitTestBot where is the summit?"));

        assertThat(h.sentTo(GROUP)).hasSize(1);
    }

    @Test
    void theCoresMemoryIsKeptPerPersonInAGroupAndPerChatInPrivate() throws Exception {
        h.api.push(FakeUpdates.groupText(GROUP, 21, "@SummitTestBot how many summits has Kim held with Xi?"));
        h.api.push(FakeUpdates.privateText(23, "Where is the summit?"));
        h.replies(GROUP, 1);
        h.replies(23, 1);

        assertThat(h.memory.recall("tg:" + GROUP + ":21")).hasValueSatisfying(c ->
                assertThat(c.intent()).isEqualTo("summit_count"));
        assertThat(h.memory.recall("tg:" + GROUP + ":22")).isEmpty();
        assertThat(h.memory.recall("tg:23")).hasValueSatisfying(c -> assertThat(c.intent()).isEqualTo("location"));
    }
}
