package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsAndButtonsTest extends RunningBotTest {

    @Test
    void startGreetsAndOffersAKeyboardOfEveryTopic() throws Exception {
        h.api.push(FakeUpdates.privateText(601, "/start"));

        FakeBotApi.Call reply = h.replies(601, 1).get(0);

        assertThat(reply.text()).startsWith("Hi! I'm Summit Bot.");
        List<String> data = reply.params().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
        assertThat(data).hasSize(20).contains("topic:location", "topic:source");
    }

    @Test
    void pressingATopicAnswersTheQueryWithinASecondAndThenTheTopic() throws Exception {
        int id = h.api.push(FakeUpdates.callback(602, "private", 602, "topic:location", 77));

        List<FakeBotApi.Call> acks = h.api.await("answerCallbackQuery", c -> true, 1, BotHarness.WAIT);
        FakeBotApi.Call reply = h.replies(602, 1).get(0);

        assertThat(acks).singleElement().satisfies(a -> assertThat(a.params().path("callback_query_id").asText())
                .startsWith("cbq-"));
        // The acknowledgement jumps the queue but runs beside the reply, so only its delay is promised.
        assertThat(h.api.servedAt(id)).isNotNull();
        assertThat(acks.get(0).atNanos() - h.api.servedAt(id)).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(1));
        assertThat(reply.text()).contains("Vladivostok");
    }

    @Test
    void aButtonForAnUnknownTopicIsStillAnsweredButSendsNoMessage() throws Exception {
        h.api.push(FakeUpdates.callback(603, "private", 603, "topic:no_such_topic", 78));

        JsonNode ack = h.api.await("answerCallbackQuery", c -> true, 1, BotHarness.WAIT).get(0).params();
        h.api.push(FakeUpdates.privateText(603, "Where is the summit?"));
        h.replies(603, 1);

        assertThat(ack.path("text").asText()).contains("no longer available");
        assertThat(h.sentTo(603)).hasSize(1).allSatisfy(c -> assertThat(c.text()).contains("Vladivostok"));
    }

    @Test
    void topicsShowsTheKeyboardAgainAndSourceNamesTheArticle() throws Exception {
        h.api.push(FakeUpdates.privateText(604, "/topics"));
        h.api.push(FakeUpdates.privateText(604, "/source"));

        List<FakeBotApi.Call> replies = h.replies(604, 2);

        assertThat(replies.get(0).params().path("reply_markup").has("inline_keyboard")).isTrue();
        assertThat(replies.get(1).text()).contains("AP report").contains("needing a win");
    }
}
