package summitbot.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;

/**
 * The load benchmark of the Telegram door that {@code bench-telegram} runs. It drives the real bot
 * against the fake Bot API, which is a test fixture and not in the bot's jar: the implementation
 * ({@code summitbot.telegram.TelegramBench} in src/testFixtures) is found with
 * {@link java.util.ServiceLoader} when the test classes are on the class path.
 */
public interface TelegramLoad {
    /** How hard and how long: simulated chats, updates per second in total, answering threads. */
    record Load(int chats, double rate, int workers, Duration warmup, Duration measure) {
    }

    /** The figures of one run. */
    record Result(int chats, double targetRate, int measured, double seconds, double throughput,
                  double p50Millis, double p99Millis, double maxMillis, int missing) {
        /** The figures as aligned lines, for the command line. */
        public String format() {
            return String.format(Locale.ROOT, "chats        %d%n"
                            + "target rate  %.0f updates/s%n"
                            + "measured     %d updates in %.1f s%n"
                            + "throughput   %.0f updates/s%n"
                            + "latency p50  %.2f ms%n"
                            + "latency p99  %.2f ms%n"
                            + "latency max  %.2f ms%n"
                            + "unanswered   %d%n",
                    chats, targetRate, measured, seconds, throughput, p50Millis, p99Millis, maxMillis, missing);
        }
    }

    /** Runs {@code load} against the bot answering with {@code router}, asking {@code questions} in turn. */
    Result run(Database db, ReplyRouter router, List<String> questions, Load load) throws Exception;
}
