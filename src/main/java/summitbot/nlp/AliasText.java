package summitbot.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normal form for names, used both when storing aliases and when reading questions. */
public final class AliasText {
    // Compiled once: every question is normalised several times.
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern SPACES = Pattern.compile(" +");
    // The "s" of "Kim's", not of "U.S.".
    private static final Pattern LONE_S = Pattern.compile("(?<! u) s(?= )");

    private AliasText() {
    }

    /** Lowercase, anything but letters and digits as one space, a lone "s" (from 's, not U.S.) dropped. */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = NOT_A_WORD.matcher(s).replaceAll(" ");
        s = LONE_S.matcher(" " + s + " ").replaceAll("");
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }
}
