package summitbot.nlp;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form for names, used both when storing aliases and when reading questions. */
public final class AliasText {
    private AliasText() {
    }

    /** Lowercase, anything but letters and digits as one space, a lone "s" (from 's) dropped. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{Nd}]+", " ");
        s = (" " + s + " ").replace(" s ", " ");
        return s.strip().replaceAll(" +", " ");
    }
}
