package summitbot.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/** OpenNLP document categorizer over normalised questions. Thread-safe. */
public final class IntentClassifier {
    static {
        IntentFeatures.allowInModels();
    }

    private final DoccatModel model;
    private final TextNormalizer normalizer;
    private final ThreadLocal<DocumentCategorizerME> categorizer;

    public IntentClassifier(DoccatModel model, TextNormalizer normalizer) {
        this.model = model;
        this.normalizer = normalizer;
        this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    }

    /** Loads a model saved by {@link #save}. */
    public static IntentClassifier load(Path file, TextNormalizer normalizer) {
        try {
            return new IntentClassifier(new DoccatModel(file), normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load intent model " + file, e);
        }
    }

    /** Writes the model atomically, so a reader never sees half a file. */
    public void save(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "intent", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                model.serialize(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save intent model " + file, e);
        }
    }

    public Prediction classify(String text) {
        return classifyTokens(normalizer.normalize(text));
    }

    public Prediction classifyTokens(String[] tokens) {
        DocumentCategorizerME me = categorizer.get();
        double[] scores = me.categorize(tokens);
        java.util.Map<String, Double> all = new java.util.HashMap<>();
        for (int i = 0; i < scores.length; i++) {
            all.put(me.getCategory(i), scores[i]);
        }
        return Prediction.of(all);
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }
}
