package summitbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot as an operator runs it: {@code summit-bot serve} in a process of its own against the
 * fake Bot API, stopped with SIGTERM or killed with SIGKILL and started again on the same database.
 */
class ChildProcessTest {
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private FakeBotApi api;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        if (api != null) {
            api.close();
        }
    }

    private Process serve(String... more) throws Exception {
        return serve(Map.of(), more);
    }

    // Children log as the bot does (logback.xml), not as the tests do (logback-test.xml, warnings only).
    private static final String PRODUCTION_LOGGING = "-Dlogback.configurationFile=logback.xml";

    // The log of the n-th process started: serve-n.log.
    private Path log(int n) {
        return dir.resolve("serve-" + n + ".log");
    }

    private Process serve(Map<String, String> env, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PRODUCTION_LOGGING, "summitbot.cli.Main", "serve",
                "--api-url", api.url(), "--db", dir.resolve("summit.db").toString(), "--no-encoder"));
        command.addAll(List.of(more));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log(children.size()).toFile());
        pb.environment().put("TELEGRAM_BOT_TOKEN", BotHarness.TOKEN);
        pb.environment().putAll(env);
        Process p = pb.start();
        children.add(p);
        // Ready once it polls.
        int polls = api.calls("getUpdates").size();
        api.await("getUpdates", c -> true, polls + 1, START);
        return p;
    }

    private Map<Long, Integer> repliesPerChat() {
        Map<Long, Integer> n = new HashMap<>();
        api.calls("sendMessage").forEach(c -> n.merge(c.chatId(), 1, Integer::sum));
        return n;
    }

    @Test
    void sigtermStopsWithinFiveSecondsAndExitsZero() throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofSeconds(1));
        Process bot = serve();
        api.push(FakeUpdates.privateText(1101, "Where is the summit?"));
        api.await("sendMessage", c -> c.chatId() == 1101, 1, START);

        long start = System.nanoTime();
        bot.destroy(); // SIGTERM
        assertThat(bot.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        assertThat(bot.exitValue()).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "killed after {0} replies")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 15, 45})
    void killedUnderLoadAndRestartedItLosesNothingAndRepeatsAtMostTheSendsInFlight(int killAfter) throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofSeconds(1));
        Process first = serve();
        int chats = 60;
        for (int i = 0; i < chats; i++) {
            api.push(FakeUpdates.privateText(2000 + i, "Where is the summit?"));
        }
        api.await("sendMessage", c -> true, killAfter, START);
        first.destroyForcibly(); // SIGKILL, mid-batch
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        int sentBeforeKill = api.calls("sendMessage").size();

        serve();
        long deadline = System.nanoTime() + START.toNanos();
        while (repliesPerChat().size() < chats && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        Map<Long, Integer> replies = repliesPerChat();
        assertThat(replies).as("every chat answered, none lost").hasSize(chats);
        long repeated = replies.values().stream().filter(n -> n > 1).count();
        System.out.printf("killed after %d replies (%d sent before the kill): %d repeated%n", killAfter,
                sentBeforeKill, repeated);
        // At most the sends in flight at the kill: one per worker (8 by default).
        assertThat(repeated).as("repeated replies (%d sent before the kill)", sentBeforeKill).isLessThanOrEqualTo(8);
    }

    @Test
    void serveWithAnHttpPortAnswersHealthAndMetricsOnLoopback() throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofSeconds(1));
        serve("--http-port", "0");
        api.push(FakeUpdates.privateText(1102, "Where is the summit?"));
        api.await("sendMessage", c -> c.chatId() == 1102, 1, START);
        Matcher at = Pattern.compile("health and metrics on (http://127\\.0\\.0\\.1:\\d+)")
                .matcher(Files.readString(log(0)));
        assertThat(at.find()).as("the log names the endpoint").isTrue();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(at.group(1) + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
        String metrics = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!metrics.contains("summitbot_messages_sent_total 1.0") && System.nanoTime() < deadline) {
            metrics = http.send(HttpRequest.newBuilder(URI.create(at.group(1) + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).startsWith("ok\n");
        assertThat(metrics).contains("summitbot_updates_received_total 1.0", "summitbot_messages_sent_total 1.0",
                "summitbot_questions_total{kind=\"answer\"} 1.0");
    }

    @Test
    void anHttpPortInUseEndsTheStartWithExitCode3BeforeThePollLoop() throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofSeconds(1));
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PRODUCTION_LOGGING, "summitbot.cli.Main", "serve",
                    "--api-url", api.url(), "--db", dir.resolve("summit.db").toString(), "--no-encoder",
                    "--http-port", Integer.toString(taken.getLocalPort()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(0).toFile());
            pb.environment().put("TELEGRAM_BOT_TOKEN", BotHarness.TOKEN);
            Process p = pb.start();
            children.add(p);

            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(3);
            assertThat(Files.readString(log(0))).contains("summit-bot: cannot serve health and metrics on 127.0.0.1:"
                    + taken.getLocalPort());
            assertThat(api.calls("getUpdates")).isEmpty();
        }
    }

    @Test
    void withTheJsonLogFormatEveryConsoleLineIsAJsonObjectWithoutTheToken() throws Exception {
        api = FakeBotApi.start(BotHarness.TOKEN, Duration.ofSeconds(1));
        Process bot = serve(Map.of("SUMMITBOT_LOG_FORMAT", "json"));
        bot.destroy();
        assertThat(bot.waitFor(10, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(log(0)).stream().filter(l -> !l.isBlank()).toList();

        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(new ObjectMapper().readTree(l).isObject()).isTrue());
        assertThat(lines).anySatisfy(l -> assertThat(new ObjectMapper().readTree(l).path("formattedMessage").asText())
                .startsWith("signed in as @" + FakeBotApi.BOT_USERNAME));
        assertThat(String.join("\n", lines)).doesNotContain("secret_token_value");
    }

    @Test
    void anUnknownLogFormatIsABadSettingWithOneLine() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PRODUCTION_LOGGING, "summitbot.cli.Main", "facts", "list",
                "--db", dir.resolve("summit.db").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("facts.log").toFile());
        pb.environment().put("SUMMITBOT_LOG_FORMAT", "xml");
        Process p = pb.start();
        children.add(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("facts.log")).strip())
                .isEqualTo("summit-bot: SUMMITBOT_LOG_FORMAT must be text or json, not xml");
    }

    @Test
    void anUnreadableAdminListInTheEnvironmentIsABadSettingWithExitCode2() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PRODUCTION_LOGGING, "summitbot.cli.Main", "ask", "--no-encoder",
                "--db", dir.resolve("summit.db").toString(), "where is the summit?")
                .redirectErrorStream(true).redirectOutput(dir.resolve("ask.log").toFile());
        pb.environment().put("SUMMITBOT_ADMINS", "abc");
        Process p = pb.start();
        children.add(p);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(java.nio.file.Files.readString(dir.resolve("ask.log"))).contains("SUMMITBOT_ADMINS");
    }
}
