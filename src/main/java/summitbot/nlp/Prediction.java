package summitbot.nlp;

/** The classifier's best and second-best intent with their probabilities. */
public record Prediction(String intent, double confidence, String runnerUp, double runnerUpConfidence) {
    /** How far the best intent leads the second. */
    public double margin() {
        return confidence - runnerUpConfidence;
    }
}
