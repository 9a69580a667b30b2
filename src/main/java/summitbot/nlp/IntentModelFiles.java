package summitbot.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the intent model and its data live ({@code models/} by default): loads
 * {@code intent.bin}, training it first when it is missing or older than {@code training.tsv}.
 * Without a models folder the data packaged in the jar is used.
 */
public final class IntentModelFiles {
    private static final Logger log = LoggerFactory.getLogger(IntentModelFiles.class);
    public static final String TRAINING = "training.tsv";
    public static final String HELDOUT = "heldout.tsv";
    public static final String MODEL = "intent.bin";

    private final Path dir;

    public IntentModelFiles(Path dir) {
        this.dir = dir;
    }

    public Path modelFile() {
        return dir.resolve(MODEL);
    }

    public List<LabeledQuestion> trainingData() {
        return data(TRAINING);
    }

    public List<LabeledQuestion> heldOutData() {
        return data(HELDOUT);
    }

    /** The trained model, trained and saved first if missing or stale. */
    public IntentClassifier loadOrTrain(TextNormalizer normalizer) {
        return loadOrTrain(normalizer, List.of(), null);
    }

    /**
     * The trained model, trained and saved first if missing, older than the training file, or
     * older than {@code extraChangedAt} (when admins last taught a question).
     *
     * @param extra questions taught by admins, trained on after the training file
     */
    public IntentClassifier loadOrTrain(TextNormalizer normalizer, List<LabeledQuestion> extra, Instant extraChangedAt) {
        Path model = modelFile();
        if (Files.exists(model) && !isStale(model, extraChangedAt)) {
            log.info("loading intent model {}", model);
            return IntentClassifier.load(model, normalizer);
        }
        log.info("training intent model ({})", Files.exists(model) ? "training data changed" : "no model yet");
        return train(normalizer, extra);
    }

    /** Trains from the training data and saves the model. */
    public IntentClassifier train(TextNormalizer normalizer) {
        return train(normalizer, List.of());
    }

    /** Trains from the training data followed by {@code extra}, and saves the model. */
    public IntentClassifier train(TextNormalizer normalizer, List<LabeledQuestion> extra) {
        long start = System.nanoTime();
        List<LabeledQuestion> data = new ArrayList<>(trainingData());
        data.addAll(extra);
        IntentClassifier classifier = new IntentTrainer(normalizer).train(data);
        classifier.save(modelFile());
        log.info("trained intent model on {} examples in {} ms, saved to {}", data.size(),
                (System.nanoTime() - start) / 1_000_000, modelFile());
        return classifier;
    }

    private boolean isStale(Path model, Instant extraChangedAt) {
        Path training = dir.resolve(TRAINING);
        try {
            Instant built = Files.getLastModifiedTime(model).toInstant();
            return (Files.exists(training) && built.isBefore(Files.getLastModifiedTime(training).toInstant()))
                    || (extraChangedAt != null && built.isBefore(extraChangedAt));
        } catch (IOException e) {
            return true;
        }
    }

    private List<LabeledQuestion> data(String name) {
        Path file = dir.resolve(name);
        return Files.exists(file) ? TrainingSet.read(file) : TrainingSet.readResource("models/" + name);
    }
}
