package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsTest extends RunningBotTest {

    @Test
    void a429IsRetriedAfterExactlyRetryAfterSeconds() throws Exception {
        h.api.failNext("sendMessage", FakeBotApi.Fault.retryAfter(1));
        h.api.push(FakeUpdates.privateText(801, "Where is the summit?"));

        List<FakeBotApi.Call> attempts = h.replies(801, 2);

        long waitedMillis = (attempts.get(1).atNanos() - attempts.get(0).atNanos()) / 1_000_000;
        assertThat(waitedMillis).isBetween(1000L, 1500L);
        assertThat(attempts.get(1).text()).contains("Vladivostok");
    }

    @Test
    void aRetryAfterOfZeroStillWaitsTheFloor() throws Exception {
        h.api.failNext("sendMessage", FakeBotApi.Fault.retryAfter(0));
        h.api.push(FakeUpdates.privateText(806, "Where is the summit?"));

        List<FakeBotApi.Call> attempts = h.replies(806, 2);

        assertThat((attempts.get(1).atNanos() - attempts.get(0).atNanos()) / 1_000_000).isGreaterThanOrEqualTo(100L);
        assertThat(attempts.get(1).text()).contains("Vladivostok");
    }

    @Test
    void manyShortRateLimitRefusalsDoNotMakeTheBotGiveUpBeforeItsTimeIsUp() throws Exception {
        // Twelve refusals of 0 s (waits of the 100 ms floor): 1.2 s, well inside the 3 s the harness allows.
        for (int i = 0; i < 12; i++) {
            h.api.failNext("sendMessage", FakeBotApi.Fault.retryAfter(0));
        }
        int id = h.api.push(FakeUpdates.privateText(807, "Where is the summit?"));

        List<FakeBotApi.Call> attempts = h.replies(807, 13);

        assertThat(attempts.get(12).text()).contains("Vladivostok");
        awaitOutcome(id, "answered");
    }

    @Test
    void aMessageRateLimitedForLongerThanTheBotWaitsIsGivenUpAndTheChatGoesOn() throws Exception {
        // Four refusals of 1 s: the fourth wait would end past the 3 s the harness allows.
        for (int i = 0; i < 4; i++) {
            h.api.failNext("sendMessage", FakeBotApi.Fault.retryAfter(1));
        }
        int first = h.api.push(FakeUpdates.privateText(808, "Where is the summit?"));
        h.api.push(FakeUpdates.privateText(808, "When is the summit?"));

        List<FakeBotApi.Call> calls = h.replies(808, 4);

        assertThat(calls.get(3).text()).contains("Thursday");
        awaitOutcome(first, "failed");
    }

    @Test
    void anUpdateTheLibraryCannotParseIsSkippedAndTheOnesAfterItAreAnswered() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode badId = FakeUpdates.privateText(809, "Where is the summit?");
        ((com.fasterxml.jackson.databind.node.ObjectNode) badId.get("message")).put("message_id", "abc");
        com.fasterxml.jackson.databind.node.ObjectNode badChat = FakeUpdates.privateText(809, "When is it?");
        ((com.fasterxml.jackson.databind.node.ObjectNode) badChat.get("message")).put("chat", "nope");
        int first = h.api.push(badId);
        int second = h.api.push(badChat);
        h.api.push(FakeUpdates.privateText(809, "How many summits has Kim held with Xi?"));

        List<FakeBotApi.Call> replies = h.replies(809, 1);

        assertThat(replies.get(0).text()).contains("four summits");
        awaitOutcome(first, "ignored");
        awaitOutcome(second, "ignored");
        // The next poll confirms them: they are never served again.
        int polls = h.api.calls("getUpdates").size();
        h.api.await("getUpdates", c -> true, polls + 2, BotHarness.WAIT);
        assertThat(h.api.calls("getUpdates").stream().skip(polls))
                .allSatisfy(c -> assertThat(c.params().path("offset").asInt()).isGreaterThan(second));
        assertThat(h.sentTo(809)).hasSize(1);
    }

    @Test
    void a502AndADroppedConnectionAreRetriedAndTheReplyGoesOutOnce() throws Exception {
        h.api.failNext("sendMessage", FakeBotApi.Fault.status(502, "<html>Bad Gateway</html>"));
        h.api.failNext("sendMessage", FakeBotApi.Fault.dropConnection());
        int id = h.api.push(FakeUpdates.privateText(802, "Where is the summit?"));

        List<FakeBotApi.Call> attempts = h.replies(802, 3);
        Thread.sleep(300);

        assertThat(h.sentTo(802)).hasSize(3);
        assertThat(attempts).allSatisfy(a -> assertThat(a.text()).contains("Vladivostok"));
        awaitOutcome(id, "answered");
    }

    @Test
    void aMessageIsGivenUpAfterTheLastRetryAndTheChatGoesOn() throws Exception {
        for (int i = 0; i < 4; i++) {
            h.api.failNext("sendMessage", FakeBotApi.Fault.status(500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal\"}"));
        }
        int first = h.api.push(FakeUpdates.privateText(803, "Where is the summit?"));
        h.api.push(FakeUpdates.privateText(803, "When is the summit?"));

        List<FakeBotApi.Call> calls = h.replies(803, 5);

        assertThat(calls.get(4).text()).contains("Thursday");
        awaitOutcome(first, "failed");
    }

    @Test
    void malformedJsonFromGetUpdatesIsSurvived() throws Exception {
        h.api.failNext("getUpdates", FakeBotApi.Fault.malformed());
        h.api.failNext("getUpdates", FakeBotApi.Fault.status(502, "<html>Bad Gateway</html>"));
        h.api.failNext("getUpdates", FakeBotApi.Fault.dropConnection());
        h.api.push(FakeUpdates.privateText(804, "Where is the summit?"));

        assertThat(h.replies(804, 1).get(0).text()).contains("Vladivostok");
    }

    @Test
    void malformedJsonFromSendMessageIsRetried() throws Exception {
        h.api.failNext("sendMessage", FakeBotApi.Fault.malformed());
        h.api.push(FakeUpdates.privateText(805, "Where is the summit?"));

        assertThat(h.replies(805, 2).get(1).text()).contains("Vladivostok");
    }

    @Test
    void aConflictWithAnotherPollerIsReportedClearlyAndPollingGoesOn() throws Exception {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HttpClients.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            h.api.failNext("getUpdates", FakeBotApi.Fault.status(409,
                    "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other getUpdates request\"}"));
            h.api.push(FakeUpdates.privateText(806, "Where is the summit?"));

            assertThat(h.replies(806, 1).get(0).text()).contains("Vladivostok");
            assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
                    .contains("409 Conflict", "another bot instance"));
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void aLongPollCancelledByAStopWhileItsBodyArrivesIsNotReportedAsMalformed() throws Exception {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(HttpClients.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            h.api.failNext("getUpdates", FakeBotApi.Fault.hangMidBody());
            int polls = h.api.calls("getUpdates").size();
            // The poll after the one in flight gets half a body and then nothing: the bot is reading it.
            h.api.await("getUpdates", c -> true, polls + 1, BotHarness.WAIT);
            Thread.sleep(1_500);
            h.bot.stop();
            assertThat(logged.list).noneSatisfy(e -> assertThat(e.getFormattedMessage()).contains("malformed"));
        } finally {
            logger.detachAppender(logged);
        }
    }

    private void awaitOutcome(int updateId, String outcome) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!outcome.equals(h.bot.inbox().outcome(updateId)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(h.bot.inbox().outcome(updateId)).isEqualTo(outcome);
    }
}
