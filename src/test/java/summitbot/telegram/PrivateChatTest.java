package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateChatTest extends RunningBotTest {

    @Test
    void aQuestionInAPrivateChatIsAnsweredWithTheFactFromTheArticle() throws Exception {
        h.api.push(FakeUpdates.privateText(501, "Where is the summit?"));

        List<FakeBotApi.Call> replies = h.replies(501, 1);

        assertThat(replies).singleElement().satisfies(c -> {
            assertThat(c.text()).contains("Vladivostok");
            assertThat(c.params().has("parse_mode")).isFalse();
            assertThat(c.params().has("reply_parameters")).isFalse();
        });
    }

    @Test
    void everyMessageOfAPrivateChatIsAnsweredOnceAndInOrder() throws Exception {
        h.api.push(FakeUpdates.privateText(502, "Where is the summit?"));
        h.api.push(FakeUpdates.privateText(502, "When is the summit?"));
        h.api.push(FakeUpdates.privateText(502, "How many summits has Kim held with Xi?"));

        List<FakeBotApi.Call> replies = h.replies(502, 3);
        Thread.sleep(200);

        assertThat(h.sentTo(502)).hasSize(3);
        assertThat(replies.get(0).text()).contains("Vladivostok");
        assertThat(replies.get(1).text()).contains("Thursday");
        assertThat(replies.get(2).text()).contains("four summits");
    }

    @Test
    void aFollowUpIsUnderstoodWithinTheSameChat() throws Exception {
        h.api.push(FakeUpdates.privateText(503, "How many summits has Kim held with Xi?"));
        h.replies(503, 1);
        h.api.push(FakeUpdates.privateText(503, "and with Moon?"));

        assertThat(h.replies(503, 2).get(1).text()).contains("three summits");
    }

    @Test
    void anOverLongQuestionIsAskedToBeShorter() throws Exception {
        h.api.push(FakeUpdates.privateText(504, "Where is the summit? ".repeat(200)));

        assertThat(h.replies(504, 1).get(0).text()).contains("shorter question");
    }

    @Test
    void theBotPublishesItsCommandsAndPollsOnlyForWhatItHandles() throws Exception {
        assertThat(h.api.calls("setMyCommands")).singleElement().satisfies(c ->
                assertThat(c.params().path("commands").findValuesAsText("command"))
                        .containsExactly("start", "help", "topics", "source"));
        FakeBotApi.Call poll = h.api.await("getUpdates", c -> true, 1, BotHarness.WAIT).get(0);
        assertThat(poll.params().path("allowed_updates").toString())
                .isEqualTo("[\"message\",\"edited_message\",\"callback_query\"]");
        assertThat(poll.params().path("timeout").asInt()).isEqualTo(50);
    }

    @Test
    void aCommandForAnotherBotInAPrivateChatGetsNoReply() throws Exception {
        h.api.push(FakeUpdates.privateText(1201, "/help@OtherBot"));
        h.api.push(FakeUpdates.privateText(1201, "Where is the summit?"));

        List<FakeBotApi.Call> replies = h.replies(1201, 1);
        Thread.sleep(300);

        assertThat(replies.get(0).text()).contains("Vladivostok");
        assertThat(h.sentTo(1201)).hasSize(1);
    }
}
