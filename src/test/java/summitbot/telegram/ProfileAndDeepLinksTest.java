package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.facts.FactStore;

/** What Telegram shows of the bot before a chat starts, and links that open a chat on a topic. */
class ProfileAndDeepLinksTest extends RunningBotTest {

    @Test
    void theBotPublishesBothDescriptionsFromItsReplyTemplates() throws Exception {
        FakeBotApi.Call description = h.api.await("setMyDescription", c -> true, 1, BotHarness.WAIT).get(0);
        FakeBotApi.Call shortOne = h.api.await("setMyShortDescription", c -> true, 1, BotHarness.WAIT).get(0);

        assertThat(description.params().path("description").asText())
                .startsWith("I answer questions about the AP report on the first one-on-one summit")
                .hasSizeLessThanOrEqualTo(512);
        assertThat(shortOne.params().path("short_description").asText())
                .isEqualTo("Answers questions about the AP report on the first Kim-Putin summit.");
    }

    @Test
    void aDescriptionLongerThanTelegramAllowsIsCutToFit(@TempDir Path other) throws Exception {
        try (BotHarness wordy = new BotHarness(other)) {
            new FactStore(wordy.db).set("bot.intro", "I answer questions. ".repeat(25).strip(), "test");
            wordy.start();

            String description = wordy.api.await("setMyDescription", c -> true, 1, BotHarness.WAIT).get(0)
                    .params().path("description").asText();

            assertThat(description).hasSize(512).endsWith("…").startsWith("I answer questions. I answer");
        }
    }

    @Test
    void aDeepLinkToATopicAnswersThatTopic() throws Exception {
        // t.me/SummitTestBot?start=location: Telegram sends "/start location".
        h.api.push(FakeUpdates.privateText(701, "/start location"));

        FakeBotApi.Call reply = h.replies(701, 1).get(0);

        assertThat(reply.text()).contains("Vladivostok").doesNotStartWith("Hi!");
        assertThat(reply.params().path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data"))
                .contains("topic:date");
    }

    @Test
    void aDeepLinkToNoKnownTopicGreets() throws Exception {
        h.api.push(FakeUpdates.privateText(702, "/start out_of_scope"));

        assertThat(h.replies(702, 1).get(0).text()).startsWith("Hi! I'm Summit Bot.");
    }

    @Test
    void anUnknownCommandIsAnsweredWithTheUsersCommands() throws Exception {
        h.api.push(FakeUpdates.privateText(703, "/frobnicate"));

        assertThat(h.replies(703, 1).get(0).text()).isEqualTo(
                "I don't know the command /frobnicate. Try /start, /help, /topics or /source, or just ask a question.");
    }
}
