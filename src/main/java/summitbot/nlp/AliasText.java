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
    // "what happened in 91?", "back in '02": a year in two digits, where nothing counted follows.
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile(
            "\\b(in|since|from|until|till|til) (\\d\\d)(?= (?:and|or|when|was|were|did|then|too|right|tho|though"
            + "|either|exactly|already)\\b| ?$)");
    // Two-digit years from here on are of the 1900s ("in 91"), below it of the 2000s ("in 02").
    private static final int LAST_CENTURY_FROM = 50;

    private AliasText() {
    }

    /**
     * Lowercase, anything but letters and digits as one space, a lone "s" (from 's, not U.S.) dropped,
     * a two-digit year at the end of a phrase in full ("in 91" -> "in 1991").
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = NOT_A_WORD.matcher(s).replaceAll(" ");
        s = LONE_S.matcher(" " + s + " ").replaceAll("");
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        return TWO_DIGIT_YEAR.matcher(s).replaceAll(m -> m.group(1) + " "
                + (Integer.parseInt(m.group(2)) >= LAST_CENTURY_FROM ? "19" : "20") + m.group(2));
    }
}
