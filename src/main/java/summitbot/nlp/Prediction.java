package summitbot.nlp;

import java.util.Map;

/**
 * A classifier's best and second-best intent with their scores, and every intent's score when
 * the classifier gave them all ({@code scores}, empty otherwise).
 */
public record Prediction(String intent, double confidence, String runnerUp, double runnerUpConfidence,
                         Map<String, Double> scores) {
    public Prediction {
        scores = Map.copyOf(scores);
    }

    public Prediction(String intent, double confidence, String runnerUp, double runnerUpConfidence) {
        this(intent, confidence, runnerUp, runnerUpConfidence, Map.of());
    }

    /** The best and second-best of {@code scores} (ties go to the name first in alphabetical order). */
    public static Prediction of(Map<String, Double> scores) {
        String best = null;
        String second = null;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            String intent = e.getKey();
            double s = e.getValue();
            if (best == null || ahead(s, intent, scores.get(best), best)) {
                second = best;
                best = intent;
            } else if (second == null || ahead(s, intent, scores.get(second), second)) {
                second = intent;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no scores");
        }
        return new Prediction(best, scores.get(best), second, second == null ? 0 : scores.get(second), scores);
    }

    private static boolean ahead(double score, String intent, double other, String otherIntent) {
        return score > other || (score == other && intent.compareTo(otherIntent) < 0);
    }

    /** How far the best intent leads the second. */
    public double margin() {
        return confidence - runnerUpConfidence;
    }
}
