package summitbot.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import summitbot.answer.ReplyRouter;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.SentenceEncoder;

/** Questions per second and latency of the whole pipeline: classify, look up, compose. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Run the held-out questions through the whole pipeline and print throughput and latency.", "Uses a scratch copy of a freshly seeded database, so it leaves the real one untouched."})
final class BenchCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Option(names = "--rounds", defaultValue = "50", description = "measured passes over the questions (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "30", description = "passes before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--uncached", description = "encode every question anew: no cache of recent questions' vectors")
    boolean uncached;

    @Override
    public void run() {
        if (rounds < 1 || warmup < 0) {
            throw new picocli.CommandLine.ParameterException(store.command.commandLine(),
                    "--rounds must be at least 1 and --warmup at least 0");
        }
        Quiet.unlessAskedOtherwise();
        // A scratch database, seeded like a new one, so the unanswered questions the run records
        // do not end up in the admins' review list.
        try (ScratchFolder scratch = ScratchFolder.create("summit-bench");
             Core core = Core.start(scratch.path().resolve("bench.db"), store.models(), !store.noEncoder(),
                     uncached ? 0 : SentenceEncoder.DEFAULT_CACHE, store.progress())) {
            core.semantic().awaitReady();
            List<String> questions = core.models().heldOutData().stream().map(LabeledQuestion::text).toList();
            ReplyRouter router = core.router();
            for (int r = 0; r < warmup; r++) {
                pass(router, questions, null, r);
            }
            long[] latencies = new long[questions.size() * rounds];
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                pass(router, questions, latencies, r);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            store.out().printf(Locale.ROOT, "questions   %d (%d distinct x %d rounds, one thread)%n",
                    latencies.length, questions.size(), rounds);
            store.out().printf(Locale.ROOT, "encoder     %s%n", !core.semantic().ready() ? "off (classifier alone)"
                    : uncached ? "on, every question encoded anew" : "on, recent questions cached");
            store.out().printf(Locale.ROOT, "throughput  %.0f questions/s%n", latencies.length / seconds);
            store.out().printf(Locale.ROOT, "latency p50 %.0f us%n", percentile(latencies, 0.50) / 1e3);
            store.out().printf(Locale.ROOT, "latency p99 %.0f us%n", percentile(latencies, 0.99) / 1e3);
            store.out().printf(Locale.ROOT, "latency max %.0f us%n", latencies[latencies.length - 1] / 1e3);
        }
    }

    private static void pass(ReplyRouter router, List<String> questions, long[] latencies, int round) {
        for (int i = 0; i < questions.size(); i++) {
            long t0 = System.nanoTime();
            router.answer("bench-" + i, questions.get(i));
            if (latencies != null) {
                latencies[round * questions.size() + i] = System.nanoTime() - t0;
            }
        }
    }

    private static double percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
