package summitbot.nlp;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one normal form for names, used both when storing aliases and when reading questions. */
public final class AliasText {
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
        // A hand-written scan, not three regex passes: a question is normalised a dozen times.
        String s = (ascii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean digits = false;
        String previous = "";
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i > start) {
                String word = s.substring(start, i);
                // The "s" of "Kim's", not of "U.S.".
                if (!word.equals("s") || previous.equals("u")) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(word);
                    digits |= word.chars().anyMatch(c -> c >= '0' && c <= '9');
                }
                previous = word;
            } else {
                i += Character.charCount(s.codePointAt(i));
            }
        }
        String normal = out.toString();
        return !digits ? normal : TWO_DIGIT_YEAR.matcher(normal).replaceAll(m -> m.group(1) + " "
                + (Integer.parseInt(m.group(2)) >= LAST_CENTURY_FROM ? "19" : "20") + m.group(2));
    }

    // \p{L} or \p{Nd}, as a regex would read them.
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || Character.isDigit(codePoint);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
