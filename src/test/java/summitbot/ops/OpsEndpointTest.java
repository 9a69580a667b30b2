package summitbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.ForeignWriteLock;
import summitbot.MovableClock;
import summitbot.TestCore;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.HealthProbe;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnansweredLog;
import summitbot.facts.UnitStore;
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.ScopeGate;
import summitbot.telegram.BotToken;
import summitbot.telegram.FakeBotApi;
import summitbot.telegram.FakeUpdates;
import summitbot.telegram.RateLimits;
import summitbot.telegram.RetryPolicy;
import summitbot.telegram.TelegramBot;
import summitbot.telegram.TelegramSettings;

/**
 * GET /healthz and GET /metrics of a bot running on the fake Bot API, read with the JDK's HTTP
 * client as a monitoring system would.
 */
class OpsEndpointTest {
    private static final String TOKEN = "123456:TEST-secret_token_value";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private FakeBotApi api;
    private Database db;
    private UnansweredLog unanswered;
    private TelegramBot bot;
    private OpsServer ops;
    private final MovableClock clock = new MovableClock(Instant.now());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        api = FakeBotApi.start(TOKEN, Duration.ofSeconds(1));
        db = TestCore.database(dir);
        unanswered = new UnansweredLog(db);
        LiveClassifier live = new LiveClassifier(TestCore.classifier());
        ReplyRouter router = new ReplyRouter(live, ScopeGate.DEFAULT, new FactStore(db), new PeopleDirectory(db),
                new TemplateStore(db), new UnitStore(db), ConversationMemory.standard(), unanswered);
        TelegramSettings settings = TelegramSettings.defaults(TelegramSettings.parseApiUrl(api.url()))
                .withLimits(RateLimits.unlimited())
                .withRetry(new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 4, Duration.ofSeconds(3),
                        Duration.ofMillis(100)), Duration.ofMillis(20))
                .withClock(clock);
        BotMetrics metrics = new BotMetrics();
        bot = TelegramBot.start(new BotToken(TOKEN), settings, db, router, null, metrics);
        metrics.watch(bot::queues, live::generation);
        HealthCheck health = new HealthCheck(clock, bot::lastPolled,
                new HealthProbe(db, Duration.ofMillis(500), clock), live);
        ops = OpsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), health, metrics);
    }

    @AfterEach
    void stop() {
        ops.close();
        bot.stop();
        api.close();
        unanswered.close();
        db.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create("http://" + ops.address().getHostString() + ":" + ops.address().getPort() + path);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    // Counters move once a send has returned, a moment after the fake server saw it: asked again until they show.
    private String metricsWhen(Predicate<String> shows) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String page = get("/metrics").body();
        while (!shows.test(page) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            page = get("/metrics").body();
        }
        return page;
    }

    @Test
    void healthIsOkWhileTheBotPollsAndItsDatabaseAndModelAnswer() throws Exception {
        api.await("getUpdates", c -> true, 1, WAIT);

        HttpResponse<String> health = get("/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).startsWith("ok\n").contains("poll: ok", "database: ok, read and write",
                "model: ok, generation 1");
    }

    @Test
    void healthIs503WhenTheDatabaseTakesNoWrite() throws Exception {
        try (ForeignWriteLock lock = ForeignWriteLock.on(db.file())) {
            HttpResponse<String> health = get("/healthz");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).startsWith("unavailable\n").contains("database: cannot write within 500 ms")
                    .contains("poll: ok");
        }
        assertThat(get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void healthIs503WhenTelegramHasNotAnsweredAPollFor90Seconds() throws Exception {
        int before = api.calls("getUpdates").size();
        for (int i = 0; i < 100; i++) {
            api.failNext("getUpdates", FakeBotApi.Fault.status(502, "<html>Bad Gateway</html>"));
        }
        // Two more polls: the one held when the faults were queued has returned; the next failed.
        api.await("getUpdates", c -> true, before + 2, WAIT);
        clock.advance(Duration.ofSeconds(91));

        HttpResponse<String> health = get("/healthz");

        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).startsWith("unavailable\n").containsPattern("poll: no answer from Telegram for 9\\d s")
                .contains("database: ok");
    }

    @Test
    void metricsCountUpdatesRepliesAndQuestionsByKindWithTheirLatency() throws Exception {
        api.push(FakeUpdates.privateText(801, "Where is the summit?"));
        api.push(FakeUpdates.privateText(802, "what's the capital of peru"));
        api.await("sendMessage", c -> true, 2, WAIT);

        HttpResponse<String> first = get("/metrics");
        // A reply is timed after its message is sent: wait for both.
        String page = metricsWhen(p -> p.contains("summitbot_messages_sent_total 2.0")
                && p.contains("summitbot_reply_seconds_count 2"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/plain; version=0.0.4"));
        assertThat(page).contains("summitbot_updates_received_total 2.0", "summitbot_messages_sent_total 2.0",
                "summitbot_questions_total{kind=\"answer\"} 1.0", "summitbot_questions_total{kind=\"decline\"} 1.0",
                "summitbot_answer_seconds_count 2", "summitbot_answer_seconds_bucket{le=\"0.01\"}",
                "summitbot_reply_seconds_count 2", "summitbot_queue_deepest 0.0", "summitbot_model_generation 1.0",
                "summitbot_telegram_rate_limited_total 0.0");
    }

    @Test
    void metricsCount429sRetriesAndGiveUps() throws Exception {
        api.failNext("sendMessage", FakeBotApi.Fault.retryAfter(0));
        api.failNext("sendMessage", FakeBotApi.Fault.status(502, "<html>Bad Gateway</html>"));
        api.failNext("sendMessage", FakeBotApi.Fault.status(403,
                "{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was blocked by the user\"}"));
        api.push(FakeUpdates.privateText(803, "Where is the summit?"));

        String page = metricsWhen(p -> p.contains("summitbot_telegram_gave_up_total{reason=\"refused\"} 1.0"));

        assertThat(page).contains("summitbot_telegram_rate_limited_total 1.0", "summitbot_telegram_retries_total 1.0",
                "summitbot_telegram_gave_up_total{reason=\"refused\"} 1.0",
                "summitbot_telegram_gave_up_total{reason=\"failed\"} 0.0", "summitbot_messages_sent_total 0.0");
    }

    @Test
    void anyOtherPathIsNotFoundAndOnlyGetIsServed() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(404);
        URI uri = URI.create("http://" + ops.address().getHostString() + ":" + ops.address().getPort() + "/metrics");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
