package summitbot.nlp;

/**
 * Decides whether a prediction is trusted or the question is out of scope: the classifier must
 * not pick {@code out_of_scope}, and must be confident enough and ahead of the runner-up.
 */
public record ScopeGate(double minConfidence, double minMargin) {
    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** Chosen by the sweep over models/heldout.tsv recorded in the README. */
    public static final ScopeGate DEFAULT = new ScopeGate(0.35, 0.05);

    public String decide(Prediction p) {
        if (OUT_OF_SCOPE.equals(p.intent()) || p.confidence() < minConfidence || p.margin() < minMargin) {
            return OUT_OF_SCOPE;
        }
        return p.intent();
    }
}
