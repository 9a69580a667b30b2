package summitbot.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import summitbot.TestCore;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;

/**
 * A fake Bot API on loopback, a real core on a temp SQLite file, and the real bot between them,
 * with short retry timings and no rate limits unless a test asks for them.
 */
final class BotHarness implements AutoCloseable {
    static final String TOKEN = "123456:TEST-secret_token_value";
    static final Duration WAIT = Duration.ofSeconds(10);

    final FakeBotApi api;
    final Database db;
    final ReplyRouter router;
    final ConversationMemory memory = new ConversationMemory(Clock.systemUTC(), Duration.ofMinutes(10), 10_000);
    TelegramBot bot;

    BotHarness(Path dir) {
        this(dir, Duration.ofSeconds(1));
    }

    BotHarness(Path dir, Duration maxHold) {
        this.api = FakeBotApi.start(TOKEN, maxHold);
        this.db = TestCore.database(dir);
        this.router = TestCore.router(db, memory);
    }

    TelegramSettings settings() {
        return settingsFor(api);
    }

    /** Settings for a bot on {@code api}: no rate limits, short retries. */
    static TelegramSettings settingsFor(FakeBotApi api) {
        return TelegramSettings.defaults(TelegramSettings.parseApiUrl(api.url()))
                .withLimits(RateLimits.unlimited())
                .withRetry(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 4, Duration.ofSeconds(3),
                        Duration.ofMillis(100)), Duration.ofMillis(20));
    }

    TelegramBot start() throws BotStartException {
        return start(settings());
    }

    TelegramBot start(TelegramSettings settings) throws BotStartException {
        bot = TelegramBot.start(new BotToken(TOKEN), settings, db, router);
        return bot;
    }

    /** Waits for {@code n} messages sent to {@code chatId}. */
    List<FakeBotApi.Call> replies(long chatId, int n) throws InterruptedException {
        return api.await("sendMessage", c -> c.chatId() == chatId, n, WAIT);
    }

    /** Every message sent to {@code chatId} so far. */
    List<FakeBotApi.Call> sentTo(long chatId) {
        return api.calls("sendMessage").stream().filter(c -> c.chatId() == chatId).toList();
    }

    @Override
    public void close() {
        if (bot != null) {
            bot.stop();
        }
        api.close();
        db.close();
    }
}
