package summitbot.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Features for intent classification: words, word pairs, and character n-grams of longer words,
 * which make the classifier tolerant of typos ("vladivostock", "sanctons").
 *
 * <p>A saved doccat model rebuilds its feature generators with their no-argument constructors,
 * so every setting lives in constants here and never in constructor arguments.
 */
public class IntentFeatures implements FeatureGenerator {
    private static final int MIN_NGRAM = 3;
    private static final int MAX_NGRAM = 4;
    private static final int MIN_WORD_FOR_NGRAMS = 2;

    public IntentFeatures() {
        // settings are constants: see class comment
    }

    /**
     * Lets OpenNLP build this generator when it trains or loads a model: since 2.5.9
     * (CVE-2026-42027) it instantiates a model's classes only from packages registered as allowed.
     */
    static void allowInModels() {
        ExtensionLoader.registerAllowedPackage(IntentFeatures.class.getPackageName());
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInfo) {
        List<String> features = new ArrayList<>(tokens.length * 12);
        for (int i = 0; i < tokens.length; i++) {
            String word = tokens[i];
            features.add("w=" + word);
            if (i + 1 < tokens.length) {
                features.add("b=" + word + "_" + tokens[i + 1]);
            }
            if (word.length() >= MIN_WORD_FOR_NGRAMS) {
                String padded = "^" + word + "$";
                for (int n = MIN_NGRAM; n <= MAX_NGRAM; n++) {
                    for (int s = 0; s + n <= padded.length(); s++) {
                        features.add("c=" + padded.substring(s, s + n));
                    }
                }
            }
        }
        if (tokens.length == 0) {
            features.add("empty");
        }
        return features;
    }
}
