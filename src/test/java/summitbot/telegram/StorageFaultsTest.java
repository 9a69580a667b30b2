package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.AdminCore;
import summitbot.ForeignWriteLock;
import summitbot.TestCore;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnitStore;
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.SemanticSignal;

/**
 * Storage faults while the bot runs: another process holding SQLite's write lock (the bot waits,
 * loses nothing, applies the edit), and a damaged database (users and admins hear that something
 * went wrong, once a minute per chat; a failed edit is never applied later or replayed).
 */
class StorageFaultsTest {
    private static final long ADMIN = 7001;
    private static final long USER = 7002;
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Database db;
    private AdminCore core;
    private TelegramBot bot;
    private FactStore facts;

    private void start(Duration busyWait) throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofMillis(300));
        db = Database.open(dir.resolve("summit.db"), busyWait);
        facts = new FactStore(db);
        core = AdminCore.wire(db, dir.resolve("models"), ADMIN, SemanticSignal.none());
        bot = TelegramBot.start(new BotToken(BotHarness.TOKEN), BotHarness.settingsFor(api), db, core.router(),
                core.admin());
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.stop();
        }
        if (core != null) {
            core.close();
        }
        if (api != null) {
            api.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private List<FakeBotApi.Call> replies(long chat, int n) throws InterruptedException {
        return api.await("sendMessage", c -> c.chatId() == chat, n, WAIT);
    }

    // A damaged database: the facts table gone (as after a bad manual edit), the inbox intact.
    private void breakFacts(boolean broken) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("summit.db"));
             Statement s = c.createStatement()) {
            s.execute(broken ? "ALTER TABLE fact RENAME TO fact_away" : "ALTER TABLE fact_away RENAME TO fact");
        }
    }

    @Test
    void aForeignLockShorterThanTheBusyWaitDelaysAnEditButLosesNothing() throws Exception {
        start(Duration.ofSeconds(10));
        ForeignWriteLock lock = ForeignWriteLock.on(dir.resolve("summit.db"));
        api.push(FakeUpdates.privateText(ADMIN, "/set location.place Russky Island, Vladivostok."));
        api.push(FakeUpdates.privateText(USER, "when is the summit?"));
        Thread.sleep(1_000);
        lock.close();
        assertThat(replies(ADMIN, 1).get(0).text()).contains("Russky Island");
        assertThat(replies(USER, 1).get(0).text()).contains("Thursday");
        assertThat(facts.value("location.place")).contains("Russky Island, Vladivostok.");
    }

    @Test
    void usersAreAnsweredWhileAnotherProcessHoldsTheWriteLockAndEachOnlyOnce() throws Exception {
        start(Duration.ofSeconds(30));
        ForeignWriteLock lock = ForeignWriteLock.on(dir.resolve("summit.db"));
        int id;
        try {
            id = api.push(FakeUpdates.privateText(USER, "where is the summit?"));
            api.push(FakeUpdates.privateText(USER + 1, "when is the summit?"));
            assertThat(replies(USER, 1).get(0).text()).contains("Vladivostok");
            assertThat(replies(USER + 1, 1).get(0).text()).contains("Thursday");
            assertThat(bot.inbox().outcome(id)).isNull(); // not stored yet: Telegram keeps it
        } finally {
            lock.close();
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!"answered".equals(bot.inbox().outcome(id)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(bot.inbox().outcome(id)).isEqualTo("answered");
        api.push(FakeUpdates.privateText(USER, "how many summits has kim held with xi?"));
        assertThat(replies(USER, 2).get(1).text()).contains("four summits");
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER)).hasSize(2);
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER + 1)).hasSize(1);
    }

    @Test
    void aStorageFailureIsToldToTheUserAtMostOnceAMinute() throws Exception {
        start(Duration.ofSeconds(2));
        breakFacts(true);
        api.push(FakeUpdates.privateText(USER, "where is the summit?"));
        assertThat(replies(USER, 1).get(0).text())
                .isEqualTo("Something went wrong on my side. Please try again in a minute.");
        int second = api.push(FakeUpdates.privateText(USER, "when is the summit?"));
        // Restore only once the second message has been handled while the store was broken
        // (received is not enough: on a busy machine it may still be waiting for a worker).
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bot.inbox().outcome(second) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(bot.inbox().outcome(second)).isNotNull();
        breakFacts(false);
        api.push(FakeUpdates.privateText(USER, "where is the summit?"));
        List<FakeBotApi.Call> sent = replies(USER, 2);
        assertThat(sent.get(1).text()).contains("Vladivostok");
        assertThat(api.calls("sendMessage").stream().filter(c -> c.chatId() == USER)).hasSize(2);
    }

    @Test
    void aFailedEditIsNeitherAppliedLaterNorReplayedAfterARestart() throws Exception {
        start(Duration.ofSeconds(2));
        breakFacts(true);
        api.push(FakeUpdates.privateText(ADMIN, "/set location.place Stale value"));
        assertThat(replies(ADMIN, 1).get(0).text()).startsWith("Something went wrong");
        breakFacts(false);
        api.push(FakeUpdates.privateText(ADMIN, "/set location.place Russky Island, Vladivostok."));
        assertThat(replies(ADMIN, 2).get(1).text()).contains("Russky Island");
        bot.stop();
        bot = TelegramBot.start(new BotToken(BotHarness.TOKEN), BotHarness.settingsFor(api), db,
                new ReplyRouter(new LiveClassifier(TestCore.classifier()), ScopeGate.DEFAULT, facts,
                        new PeopleDirectory(db), new TemplateStore(db), new UnitStore(db), ConversationMemory.standard(),
                        null));
        api.push(FakeUpdates.privateText(USER, "where is the summit?"));
        assertThat(replies(USER, 1).get(0).text()).contains("Russky Island");
        assertThat(facts.value("location.place")).contains("Russky Island, Vladivostok.");
        assertThat(facts.history("location.place")).noneMatch(c -> "Stale value".equals(c.newValue()));
    }
}
