package summitbot.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    public static final String SEMANTIC = "semantic.bin";

    private final Path dir;

    public IntentModelFiles(Path dir) {
        this.dir = dir;
    }

    public Path modelFile() {
        return dir.resolve(MODEL);
    }

    /** Where the semantic index of the training data is kept. */
    public Path semanticFile() {
        return dir.resolve(SEMANTIC);
    }

    public List<LabeledQuestion> trainingData() {
        return data(TRAINING);
    }

    public List<LabeledQuestion> heldOutData() {
        return data(HELDOUT);
    }

    /**
     * The trained model, trained and saved first when it is missing or was trained on other data
     * than {@code data} (see {@link #withExtra}; a fingerprint of the data is kept beside the
     * model, so a changed file, a new migration's examples or a taught question all retrain).
     */
    public IntentClassifier loadOrTrain(TextNormalizer normalizer, List<LabeledQuestion> data) {
        return loadOrTrain(normalizer, data, Progress.silent());
    }

    /** As {@link #loadOrTrain(TextNormalizer, List)}, telling {@code progress} when it has to train. */
    public IntentClassifier loadOrTrain(TextNormalizer normalizer, List<LabeledQuestion> data, Progress progress) {
        Path model = modelFile();
        if (Files.exists(model) && fingerprint(data).equals(storedFingerprint())) {
            log.info("loading intent model {}", model);
            return IntentClassifier.load(model, normalizer);
        }
        String why = Files.exists(model) ? "the training data changed" : "first run only";
        log.info("training intent model ({})", why);
        return progress.step(String.format(Locale.ROOT, "training the intent model on %,d questions (%s)",
                data.size(), why), "intent model trained", () -> save(normalizer, data));
    }

    /** Trains from {@code data} (see {@link #withExtra}) and saves the model. */
    public IntentClassifier train(TextNormalizer normalizer, List<LabeledQuestion> data) {
        return save(normalizer, data);
    }

    private IntentClassifier save(TextNormalizer normalizer, List<LabeledQuestion> data) {
        long start = System.nanoTime();
        IntentClassifier classifier = new IntentTrainer(normalizer).train(data);
        classifier.save(modelFile());
        try {
            Files.writeString(fingerprintFile(), fingerprint(data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fingerprintFile(), e);
        }
        log.info("trained intent model on {} examples in {} ms, saved to {}", data.size(),
                (System.nanoTime() - start) / 1_000_000, modelFile());
        return classifier;
    }

    /** Everything the models learn from: the training file followed by {@code extra}. */
    public List<LabeledQuestion> withExtra(List<LabeledQuestion> extra) {
        List<LabeledQuestion> data = new ArrayList<>(trainingData());
        data.addAll(extra);
        return data;
    }

    private Path fingerprintFile() {
        return dir.resolve(MODEL + ".sha256");
    }

    private String storedFingerprint() {
        try {
            return Files.exists(fingerprintFile()) ? Files.readString(fingerprintFile()).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** A digest of labelled data, in order: models built from it are current while it matches. */
    public static String fingerprint(List<LabeledQuestion> data) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (LabeledQuestion q : data) {
                sha.update((q.intent() + "\t" + q.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<LabeledQuestion> data(String name) {
        Path file = dir.resolve(name);
        return Files.exists(file) ? TrainingSet.read(file) : TrainingSet.readResource("models/" + name);
    }
}
