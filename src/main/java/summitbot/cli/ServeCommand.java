package summitbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import summitbot.facts.HealthProbe;
import summitbot.ops.BotMetrics;
import summitbot.ops.HealthCheck;
import summitbot.ops.OpsServer;
import summitbot.telegram.BotEvents;
import summitbot.telegram.BotStartException;
import summitbot.telegram.BotToken;
import summitbot.telegram.FairScheduler;
import summitbot.telegram.TelegramBot;
import summitbot.telegram.TelegramSettings;

/** Runs the Telegram bot until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot (long polling) until SIGTERM or Ctrl-C.",
                "The token comes from TELEGRAM_BOT_TOKEN or --token-file and is never printed.",
                "Exit codes: 2 when the token is missing or refused, 3 when the Bot API cannot be reached."})
final class ServeCommand implements Callable<Integer> {
    private static final int CLEAN_STOP_SECONDS = 5;
    // A health check answers within about this, even while another process locks the database.
    private static final Duration HEALTH_DB_WAIT = Duration.ofSeconds(2);

    @Mixin
    StoreOptions store;

    @Option(names = "--token-file", paramLabel = "PATH", description = "file holding the bot token (else env TELEGRAM_BOT_TOKEN)")
    Path tokenFile;

    @Option(names = "--api-url", paramLabel = "URL", defaultValue = "${env:TELEGRAM_API_URL}",
            description = "Bot API server, e.g. http://127.0.0.1:8081 for a self-hosted telegram-bot-api (default: Telegram; env TELEGRAM_API_URL)")
    String apiUrl;

    @Option(names = "--http-port", paramLabel = "N",
            description = "serve GET /healthz and GET /metrics (Prometheus) on this port; 0 picks a free one (default: off)")
    Integer httpPort;

    @Option(names = "--http-address", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "the address --http-port listens on (default: ${DEFAULT-VALUE}, this machine only)")
    String httpAddress = "127.0.0.1";

    @Spec
    CommandSpec spec;

    ServeCommand() {
    }

    ServeCommand(StoreOptions store, CommandSpec spec) {
        this.store = store;
        this.spec = spec;
        this.apiUrl = System.getenv("TELEGRAM_API_URL");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BotToken token;
        TelegramSettings settings;
        InetSocketAddress opsAddress;
        try {
            opsAddress = opsAddress();
            token = token();
            settings = TelegramSettings.defaults(TelegramSettings.parseApiUrl(apiUrl));
        } catch (IllegalArgumentException e) {
            err.println("summit-bot: " + e.getMessage());
            err.flush();
            return BotStartException.BAD_TOKEN;
        }
        try {
            // Check the token before loading the model: a wrong token fails in a second, not ten.
            TelegramBot.verify(token, settings);
            CountDownLatch closed = new CountDownLatch(1);
            AtomicReference<TelegramBot> running = new AtomicReference<>();
            BotMetrics metrics = opsAddress == null ? null : new BotMetrics();
            try (Core core = store.startCore();
                 OpsServer ops = opsAddress == null ? null : startOps(opsAddress, core, settings, running, metrics)) {
                TelegramBot bot = TelegramBot.start(token, settings, core.db(), core.router(), core.admin(),
                        metrics == null ? BotEvents.NONE : metrics);
                running.set(bot);
                Thread hook = new Thread(() -> {
                    if (closed.getCount() == 0) {
                        return; // the bot had already stopped: the command's own exit code stands
                    }
                    bot.stop();
                    try {
                        // Once the core is closed too, the stop was clean: exit 0, not the 143 of a
                        // JVM ended by SIGTERM.
                        if (closed.await(CLEAN_STOP_SECONDS, TimeUnit.SECONDS)) {
                            Runtime.getRuntime().halt(0);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "summit-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                bot.awaitStop();
            } finally {
                closed.countDown();
            }
            return 0;
        } catch (BotStartException e) {
            err.println("summit-bot: " + token.redact(e.getMessage()));
            err.flush();
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    // Null when --http-port is not given: no endpoint.
    private InetSocketAddress opsAddress() {
        if (httpPort == null) {
            return null;
        }
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("--http-port must be 0-65535, not " + httpPort);
        }
        InetSocketAddress at = new InetSocketAddress(httpAddress, httpPort);
        if (at.isUnresolved()) {
            throw new IllegalArgumentException("--http-address " + httpAddress + " is not an address of this machine");
        }
        return at;
    }

    /**
     * The health and metrics endpoint, listening before the bot polls (its health is 503 "not
     * polling" until then), so a port in use fails the start at once.
     */
    private static OpsServer startOps(InetSocketAddress at, Core core, TelegramSettings settings,
                                      AtomicReference<TelegramBot> running, BotMetrics metrics) throws BotStartException {
        metrics.watch(() -> running.get() == null ? new FairScheduler.Depths(0, 0, 0) : running.get().queues(),
                core.classifier()::generation);
        HealthCheck health = new HealthCheck(settings.clock(),
                () -> running.get() == null ? null : running.get().lastPolled(),
                new HealthProbe(core.db(), HEALTH_DB_WAIT, settings.clock()), core.classifier());
        try {
            return OpsServer.start(at, health, metrics);
        } catch (IOException e) {
            throw new BotStartException(BotStartException.UNAVAILABLE, "cannot serve health and metrics on "
                    + at.getHostString() + ":" + at.getPort() + ": " + e.getMessage());
        }
    }

    private BotToken token() {
        if (tokenFile != null) {
            try {
                return new BotToken(Files.readString(tokenFile));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the token file " + tokenFile + ": "
                        + e.getClass().getSimpleName());
            }
        }
        String env = System.getenv("TELEGRAM_BOT_TOKEN");
        if (env == null || env.isBlank()) {
            throw new IllegalArgumentException("no bot token: set TELEGRAM_BOT_TOKEN or use --token-file");
        }
        return new BotToken(env);
    }
}
