package summitbot.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * How the OpenNLP classifier and the semantic signal decide together. A classifier at least
 * {@code sure} of its intent decides alone (1.0: never, the encoder is always consulted); otherwise each intent scores {@code weight} times the
 * classifier's probability plus the rest times its nearest example's similarity, and the best
 * wins, unless even its similarity is under {@code floor} (then the question is out of scope).
 * Chosen by {@code eval --answers FILE --sweep} on the tuning files; see the README.
 */
public record IntentFusion(double sure, double weight, double floor) {
    /** The setting chosen by the sweep recorded in the README. */
    public static final IntentFusion DEFAULT = new IntentFusion(1.0, 0.1, 0.0);

    /** Whether the classifier needs a second opinion on {@code doccat}. */
    public boolean consults(Prediction doccat) {
        return doccat.confidence() < sure && !doccat.scores().isEmpty();
    }

    /**
     * The combined prediction: scores are the fused ones; an intent whose best example is under
     * the floor is out of scope.
     */
    public Prediction combine(Prediction doccat, Map<String, Double> similarity) {
        Map<String, Double> fused = new HashMap<>();
        doccat.scores().forEach((intent, p) ->
                fused.put(intent, weight * p + (1 - weight) * similarity.getOrDefault(intent, 0.0)));
        Prediction combined = Prediction.of(fused);
        if (similarity.getOrDefault(combined.intent(), 0.0) < floor) {
            return new Prediction(ScopeGate.OUT_OF_SCOPE, combined.confidence(), combined.intent(),
                    combined.confidence(), fused);
        }
        return combined;
    }
}
