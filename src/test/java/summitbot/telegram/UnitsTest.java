package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.meta.api.objects.Update;
import summitbot.TestCore;
import summitbot.facts.Database;

/** The door's parts on their own: no server, no threads, fake time. */
class UnitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final UpdateInterpreter interpreter = new UpdateInterpreter(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME);

    private static Update update(com.fasterxml.jackson.databind.node.ObjectNode node) throws Exception {
        node.put("update_id", 1);
        return JSON.treeToValue(node, Update.class);
    }

    @Test
    void aMentionIsRecognisedCaseInsensitivelyAndRemovedFromTheQuestion() throws Exception {
        Action a = interpreter.interpret(update(FakeUpdates.groupText(-5, 1, "@summittestbot where is the summit?")));

        assertThat(a).isInstanceOfSatisfying(Action.Ask.class, ask -> {
            assertThat(ask.text()).isEqualTo("where is the summit?");
            assertThat(ask.where().conversationId()).isEqualTo("tg:-5:1");
        });
    }

    @Test
    void aMentionOfAnotherBotWithALongerNameIsNotAMention() throws Exception {
        Action a = interpreter.interpret(update(FakeUpdates.groupText(-5, 1, "@SummitTestBotFan where is it?")));

        assertThat(a).isInstanceOf(Action.Ignore.class);
    }

    @Test
    void aPrivateCommandIsReadWithOrWithoutTheBotsName() throws Exception {
        assertThat(interpreter.interpret(update(FakeUpdates.privateText(3, "/help@SummitTestBot"))))
                .isInstanceOfSatisfying(Action.Command.class, c -> assertThat(c.name()).isEqualTo("help"));
        assertThat(interpreter.interpret(update(FakeUpdates.privateText(3, "/START now"))))
                .isInstanceOfSatisfying(Action.Command.class, c -> assertThat(c.name()).isEqualTo("start"));
    }

    @Test
    void theRateLimiterAllowsABurstThenOneMessageASecondPerChat() {
        AtomicLong now = new AtomicLong(0);
        SendRateLimiter limiter = new SendRateLimiter(RateLimits.telegram(), now::get);

        assertThat(List.of(limiter.tryAcquire(1, false), limiter.tryAcquire(1, false), limiter.tryAcquire(1, false)))
                .containsOnly(0L);
        long wait = limiter.tryAcquire(1, false);
        // One a second less the margin: every 1.11 s.
        assertThat(wait).isBetween(1_110_000_000L, 1_112_000_000L);
        assertThat(limiter.tryAcquire(2, false)).isZero();
        now.addAndGet(wait);
        assertThat(limiter.tryAcquire(1, false)).isZero();
    }

    @Test
    void theRateLimiterKeepsAGroupToEighteenMessagesInAnyMinuteATenthUnderTelegramsTwenty() {
        AtomicLong now = new AtomicLong(0);
        SendRateLimiter limiter = new SendRateLimiter(RateLimits.telegram(), now::get);
        int sent = 0;
        for (int step = 0; step < 600; step++) { // one attempt every 100 ms for a minute
            if (limiter.tryAcquire(-9, true) == 0) {
                sent++;
            }
            now.addAndGet(100_000_000L);
        }
        assertThat(sent).isEqualTo(18);
    }

    @Test
    void theRateLimiterKeepsTheBotToTwentySevenMessagesASecondATenthUnderTelegramsThirty() {
        AtomicLong now = new AtomicLong(0);
        SendRateLimiter limiter = new SendRateLimiter(RateLimits.telegram(), now::get);
        int sent = 0;
        for (long chat = 1; chat <= 100; chat++) {
            if (limiter.tryAcquire(chat, false) == 0) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(27);
    }

    @Test
    void aLongReplyIsSplitAtWordsWithinTheLimit() {
        String text = "word ".repeat(2000);

        List<String> parts = MessageSplitter.split(text, 4096, 3);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0)).endsWith("word");
    }

    @Test
    void aSplitNeverCutsASurrogatePair() {
        String text = "😀".repeat(3000);

        List<String> parts = MessageSplitter.split(text, 4096, 5);

        assertThat(parts).allSatisfy(p -> assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse());
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void theTokenIsMaskedRawAndUrlEncoded() {
        BotToken token = new BotToken("12:ab/c");

        assertThat(token.redact("GET /bot12:ab/c/getMe and /bot12%3Aab%2Fc/x")).doesNotContain("ab/c").doesNotContain("ab%2Fc");
        assertThat(token.toString()).doesNotContain("12:ab");
    }

    @Test
    void theNotTextNoticeGoesOutAtMostOnceAMinutePerChat() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        NoticeLimiter first = new NoticeLimiter(Clock.fixed(t, ZoneOffset.UTC), Duration.ofMinutes(1));
        assertThat(first.allow(1)).isTrue();
        assertThat(first.allow(1)).isFalse();
        assertThat(first.allow(2)).isTrue();
    }

    @Test
    void theInboxSkipsAnUpdateItHasAlreadyStored(@TempDir Path dir) throws Exception {
        try (Database db = TestCore.database(dir)) {
            UpdateInbox inbox = new UpdateInbox(db, 1, TelegramBot.mapper(), Clock.systemUTC());
            Update u = update(FakeUpdates.privateText(5, "hi"));

            assertThat(inbox.accept(List.of(u))).hasSize(1);
            assertThat(inbox.accept(List.of(u))).isEmpty();
            assertThat(inbox.storedOffset()).isEqualTo(2);
            assertThat(inbox.pending()).singleElement().satisfies(p -> assertThat(p.getMessage().getText()).isEqualTo("hi"));
            inbox.markHandled(1, "answered");
            assertThat(inbox.pending()).isEmpty();
        }
    }
}
