package summitbot.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.SentenceEncoder;

/** The Telegram door under load against a fake Bot API on loopback (a test fixture). */
@Command(name = "bench-telegram", mixinStandardHelpOptions = true,
        description = {"Measure the Telegram door under load against a fake Bot API on loopback.",
                "N simulated chats send updates at a fixed total rate, rate limits off; it prints the updates "
                        + "handled per second and the reply latency (from an update served to its sendMessage received).",
                "Uses a temporary database; the models come from --models.",
                "The fake Bot API is a test fixture, not in the jar: run it with " + TelegramBenchCommand.HOW_TO_RUN + "."})
final class TelegramBenchCommand implements Callable<Integer> {
    /** How to run the benchmark with the test fixtures on the class path. */
    static final String HOW_TO_RUN =
            "mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.args=\"bench-telegram\"";

    @Mixin
    StoreOptions store;

    @Option(names = "--chats", defaultValue = "100", description = "simulated chats (default: ${DEFAULT-VALUE})")
    int chats;

    @Option(names = "--rate", defaultValue = "500", description = "updates per second in total (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--workers", defaultValue = "4", description = "answering threads (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--seconds", defaultValue = "10", description = "measured seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "seconds before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    private final Supplier<Optional<TelegramLoad>> benchmark;

    TelegramBenchCommand() {
        this(() -> ServiceLoader.load(TelegramLoad.class).findFirst());
    }

    TelegramBenchCommand(Supplier<Optional<TelegramLoad>> benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws Exception {
        Optional<TelegramLoad> found = benchmark.get();
        if (found.isEmpty()) {
            PrintWriter err = store.command.commandLine().getErr();
            err.println("summit-bot: bench-telegram needs the test fixtures (the fake Bot API), which the jar does "
                    + "not ship; in the source folder run: " + HOW_TO_RUN);
            err.flush();
            return 1;
        }
        Quiet.unlessAskedOtherwise();
        try (ScratchFolder scratch = ScratchFolder.create("summit-bench-");
             Core core = Core.start(scratch.path().resolve("bench.db"), store.models(), !store.noEncoder(),
                     SentenceEncoder.DEFAULT_CACHE, store.progress())) {
            core.semantic().awaitReady();
            List<String> questions = core.models().heldOutData().stream().map(LabeledQuestion::text).toList();
            TelegramLoad.Result r = found.get().run(core.db(), core.router(), questions,
                    new TelegramLoad.Load(chats, rate, workers, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds)));
            store.out().print(r.format());
            store.out().flush();
            return r.missing() == 0 ? 0 : 1;
        }
    }
}
