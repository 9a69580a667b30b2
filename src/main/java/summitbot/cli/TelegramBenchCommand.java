package summitbot.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import summitbot.nlp.SentenceEncoder;
import summitbot.nlp.LabeledQuestion;
import summitbot.telegram.TelegramBench;

/** The Telegram door under load against a fake Bot API on loopback. */
@Command(name = "bench-telegram", mixinStandardHelpOptions = true,
        description = {"Run N simulated chats against a fake Bot API on loopback and print updates handled per",
                "second and reply latency (update served to sendMessage received), rate limits off.",
                "Uses a temporary database; the models come from --models."})
final class TelegramBenchCommand implements Callable<Integer> {
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

    @Override
    public Integer call() throws Exception {
        Quiet.unlessAskedOtherwise();
        try (ScratchFolder scratch = ScratchFolder.create("summit-bench-");
             Core core = Core.start(scratch.path().resolve("bench.db"), store.models(), !store.noEncoder(), SentenceEncoder.DEFAULT_CACHE)) {
            core.semantic().awaitReady();
            List<String> questions = core.models().heldOutData().stream().map(LabeledQuestion::text).toList();
            TelegramBench.Result r = new TelegramBench(core.db(), core.router(), questions)
                    .run(chats, rate, workers, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));
            store.out().print(TelegramBench.format(r));
            store.out().flush();
            return r.missing() == 0 ? 0 : 1;
        }
    }
}
