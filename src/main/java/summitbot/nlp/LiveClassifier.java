package summitbot.nlp;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The classifier in service, replaceable while the bot runs: a retrained model is swapped in
 * with one atomic write, so questions in flight finish on the old model and none wait.
 */
public final class LiveClassifier implements Supplier<IntentClassifier> {
    private final AtomicReference<IntentClassifier> current;
    // 1 for the model the bot started with, one more for each model swapped in since.
    private final AtomicLong generation = new AtomicLong(1);

    public LiveClassifier(IntentClassifier initial) {
        this.current = new AtomicReference<>(initial);
    }

    /** Which model is in service: 1 at start, one more after each retraining. */
    public long generation() {
        return generation.get();
    }

    @Override
    public IntentClassifier get() {
        return current.get();
    }

    /** Puts {@code next} in service; returns the model it replaced. */
    public IntentClassifier replace(IntentClassifier next) {
        IntentClassifier old = current.getAndSet(next);
        generation.incrementAndGet();
        return old;
    }
}
