package summitbot.nlp;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Tells the person waiting what a slow step is doing (seeding the database, training the intent
 * model, building the semantic index): one line as it starts, one with the time it took.
 */
@FunctionalInterface
public interface Progress {
    /** Shows one line (on standard error, or above a terminal's prompt). */
    void report(String line);

    /** Nobody is told. */
    static Progress silent() {
        return line -> { };
    }

    /** Runs {@code work}, reporting "{@code doing}…" before it and "{@code done} in 7.2 s" after. */
    default <T> T step(String doing, String done, Supplier<T> work) {
        report(doing + "…");
        long start = System.nanoTime();
        T result = work.get();
        report(String.format(Locale.ROOT, "%s in %.1f s", done, (System.nanoTime() - start) / 1e9));
        return result;
    }
}
