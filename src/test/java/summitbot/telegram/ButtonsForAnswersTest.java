package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" and related questions as inline buttons, pressed through the real bot. */
class ButtonsForAnswersTest extends RunningBotTest {
    private static List<String> buttons(FakeBotApi.Call reply) {
        return reply.params().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
    }

    @Test
    void aClarifyingQuestionOffersBothTopicsAndSomethingElseAsButtons() throws Exception {
        h.api.push(FakeUpdates.privateText(701, "is kim bringing anyone from his dad's era?"));
        FakeBotApi.Call reply = h.replies(701, 1).get(0);

        assertThat(reply.text()).startsWith("I'm not sure what you mean. Did you mean").doesNotContain("1)");
        assertThat(buttons(reply)).containsExactly("pick:participants", "pick:putin_history", "pick:");
        assertThat(reply.params().path("reply_markup").path("inline_keyboard").findValuesAsText("text"))
                .containsExactly("Who is meeting whom?", "Has Putin met Kim's father?", "Something else");
    }

    @Test
    void pressingAChoiceAnswersTheQuestionAboutThatTopic() throws Exception {
        h.api.push(FakeUpdates.privateText(702, "is kim bringing anyone from his dad's era?"));
        h.replies(702, 1);
        h.api.push(FakeUpdates.callback(702, "private", 702, "pick:participants", 1));

        FakeBotApi.Call answer = h.replies(702, 2).get(1);
        assertThat(answer.text()).contains("Kim Jong Un").doesNotContain("Did you mean");
        assertThat(h.api.await("answerCallbackQuery", c -> true, 1, BotHarness.WAIT)).hasSize(1);
    }

    @Test
    void pressingSomethingElseAsksForAnotherWording() throws Exception {
        h.api.push(FakeUpdates.privateText(703, "is kim bringing anyone from his dad's era?"));
        h.replies(703, 1);
        h.api.push(FakeUpdates.callback(703, "private", 703, "pick:", 1));

        assertThat(h.replies(703, 2).get(1).text()).contains("ask it another way", "/topics");
    }

    @Test
    void anAnswerInAPrivateChatOffersRelatedQuestionsThatAnswerWhenPressed() throws Exception {
        h.api.push(FakeUpdates.privateText(704, "how many north korean workers are still in russia?"));
        FakeBotApi.Call reply = h.replies(704, 1).get(0);
        List<String> related = buttons(reply);

        assertThat(reply.text()).contains("10,000");
        assertThat(related).hasSizeBetween(1, 3).allMatch(d -> d.startsWith("unit:laborers."));
        h.api.push(FakeUpdates.callback(704, "private", 704, related.get(0), 1));
        FakeBotApi.Call next = h.replies(704, 2).get(1);
        assertThat(next.text()).isNotBlank().isNotEqualTo(reply.text());
    }

    @Test
    void anAnswerInAGroupComesWithoutButtons() throws Exception {
        h.api.push(FakeUpdates.groupText(-705, 705, "@" + FakeBotApi.BOT_USERNAME
                + " how many north korean workers are still in russia?"));
        FakeBotApi.Call reply = h.replies(-705, 1).get(0);
        assertThat(reply.text()).contains("10,000");
        assertThat(buttons(reply)).isEmpty();
    }

    @Test
    void aButtonForAUnitThatNoLongerExistsIsAcknowledgedWithoutAMessage() throws Exception {
        h.api.push(FakeUpdates.callback(706, "private", 706, "unit:no.such_unit", 1));
        assertThat(h.api.await("answerCallbackQuery", c -> true, 1, BotHarness.WAIT).get(0).params()
                .path("text").asText()).contains("no longer available");
        h.api.push(FakeUpdates.privateText(706, "where is the summit?"));
        assertThat(h.replies(706, 1)).singleElement().satisfies(c -> assertThat(c.text()).contains("Vladivostok"));
    }
}
