package summitbot.answer;

import summitbot.nlp.AliasText;

/**
 * Runs of words two texts share, in their alias normal form: a gap's "what it does say" that
 * repeats the last answer, or another topic's fact about the thing the last answer mentions
 * ("his second summit with Trump").
 */
final class WordRuns {
    private WordRuns() {
    }

    /** The length of the longest run of words {@code a} and {@code b} share. */
    static int longestShared(String a, String b) {
        return longest(words(a), words(b)).length();
    }

    /** A run of shared words: how many, and where it starts in the first text's words. */
    record Run(int length, int start) {
        /** Where it ends (exclusive) in the first text's words. */
        int end() {
            return start + length;
        }
    }

    /** The longest run of words {@code x} and {@code y} share. */
    static Run longest(String[] x, String[] y) {
        int best = 0;
        int end = -1;
        int[] previous = new int[y.length + 1];
        for (int i = 0; i < x.length; i++) {
            int[] current = new int[y.length + 1];
            for (int j = 0; j < y.length; j++) {
                if (x[i].equals(y[j])) {
                    current[j + 1] = previous[j] + 1;
                    if (current[j + 1] > best) {
                        best = current[j + 1];
                        end = i;
                    }
                }
            }
            previous = current;
        }
        return new Run(best, end - best + 1);
    }

    /** A text's words in alias normal form. */
    static String[] words(String text) {
        return AliasText.normalise(text).split(" ");
    }
}
