package summitbot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import summitbot.telegram.BotStartException;
import summitbot.telegram.BotToken;
import summitbot.telegram.TelegramBot;
import summitbot.telegram.TelegramSettings;

/** Runs the Telegram bot until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the Telegram bot (long polling) until SIGTERM or Ctrl-C.",
                "The token comes from TELEGRAM_BOT_TOKEN or --token-file and is never printed.",
                "Exit codes: 2 when the token is missing or refused, 3 when the Bot API cannot be reached."})
final class ServeCommand implements Callable<Integer> {
    private static final int CLEAN_STOP_SECONDS = 5;

    @Mixin
    StoreOptions store;

    @Option(names = "--token-file", paramLabel = "PATH", description = "file holding the bot token (else env TELEGRAM_BOT_TOKEN)")
    Path tokenFile;

    @Option(names = "--api-url", paramLabel = "URL", defaultValue = "${env:TELEGRAM_API_URL}",
            description = "Bot API server, e.g. http://127.0.0.1:8081 for a self-hosted telegram-bot-api (default: Telegram; env TELEGRAM_API_URL)")
    String apiUrl;

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
        try {
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
            try (Core core = store.startCore()) {
                TelegramBot bot = TelegramBot.start(token, settings, core.db(), core.router(), core.admin());
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
