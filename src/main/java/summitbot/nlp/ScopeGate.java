package summitbot.nlp;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a prediction is trusted or the question is out of scope: the classifier must
 * not pick {@code out_of_scope}, and must be confident enough and ahead of the runner-up.
 */
public record ScopeGate(double minConfidence, double minMargin) {
    public static final String OUT_OF_SCOPE = "out_of_scope";

    /** Chosen by the sweep over models/heldout.tsv recorded in the README. */
    public static final ScopeGate DEFAULT = new ScopeGate(0.35, 0.05);

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?;]\\s+\\S");

    /**
     * The prediction for a whole message. A message of several sentences ("Hello! I hope you're
     * well. When is the summit?") is judged by the sentence that asks about the article most
     * confidently, or as a whole when none does.
     */
    public Prediction predict(IntentClassifier model, String message) {
        return predict(model, message, model.normalizer().normalize(message));
    }

    /** As {@link #predict(IntentClassifier, String)}, with the message already normalised. */
    public Prediction predict(IntentClassifier model, String message, String[] tokens) {
        Prediction whole = model.classifyTokens(tokens);
        if (!SENTENCE_BREAK.matcher(message).find()) {
            return whole;
        }
        Prediction best = aboutTheArticle(decide(whole)) ? whole : null;
        for (String sentence : model.normalizer().sentences(message)) {
            Prediction p = model.classify(sentence);
            if (aboutTheArticle(decide(p)) && (best == null || p.confidence() > best.confidence())) {
                best = p;
            }
        }
        return best == null ? whole : best;
    }

    private static boolean aboutTheArticle(String intent) {
        return !Intents.SMALL_TALK.contains(intent) && !OUT_OF_SCOPE.equals(intent);
    }

    public String decide(Prediction p) {
        if (OUT_OF_SCOPE.equals(p.intent()) || p.confidence() < minConfidence || p.margin() < minMargin) {
            return OUT_OF_SCOPE;
        }
        return p.intent();
    }
}
