package summitbot.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path model = modelFile();
        if (Files.exists(model) && !isStale(model)) {
            log.info("loading intent model {}", model);
            return IntentClassifier.load(model, normalizer);
        }
        log.info("training intent model ({})", Files.exists(model) ? "training data changed" : "no model yet");
        return train(normalizer);
    }

    /** Trains from the training data and saves the model. */
    public IntentClassifier train(TextNormalizer normalizer) {
        long start = System.nanoTime();
        List<LabeledQuestion> data = trainingData();
        IntentClassifier classifier = new IntentTrainer(normalizer).train(data);
        classifier.save(modelFile());
        log.info("trained intent model on {} examples in {} ms, saved to {}", data.size(),
                (System.nanoTime() - start) / 1_000_000, modelFile());
        return classifier;
    }

    private boolean isStale(Path model) {
        Path training = dir.resolve(TRAINING);
        try {
            return Files.exists(training)
                    && Files.getLastModifiedTime(model).compareTo(Files.getLastModifiedTime(training)) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    private List<LabeledQuestion> data(String name) {
        Path file = dir.resolve(name);
        return Files.exists(file) ? TrainingSet.read(file) : TrainingSet.readResource("models/" + name);
    }
}
