package summitbot.nlp;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The classifier in service, replaceable while the bot runs: a retrained model is swapped in
 * with one atomic write, so questions in flight finish on the old model and none wait.
 */
public final class LiveClassifier implements Supplier<IntentClassifier> {
    private final AtomicReference<IntentClassifier> current;

    public LiveClassifier(IntentClassifier initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public IntentClassifier get() {
        return current.get();
    }

    /** Puts {@code next} in service; returns the model it replaced. */
    public IntentClassifier replace(IntentClassifier next) {
        return current.getAndSet(next);
    }
}
