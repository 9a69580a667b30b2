package summitbot.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the intent model. Maximum entropy (GIS) on one thread with fixed iterations and
 * cutoff: the same examples in the same order always give the same model.
 */
public final class IntentTrainer {
    static {
        IntentFeatures.allowInModels();
    }

    /** Passes over the data: fixed, so training takes the same time and gives the same model. */
    public static final int ITERATIONS = 400;
    static final int CUTOFF = 1;

    private final TextNormalizer normalizer;

    public IntentTrainer(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public IntentClassifier train(List<LabeledQuestion> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        List<DocumentSample> samples = examples.stream()
                .map(e -> new DocumentSample(e.intent(), normalizer.normalize(e.text())))
                .toList();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        try {
            DoccatModel model = DocumentCategorizerME.train("en", new CollectionObjectStream<>(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new IntentFeatures()}));
            return new IntentClassifier(model, normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException("training failed", e);
        }
    }
}
