package summitbot.answer;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.nlp.AliasText;

/**
 * Words of opposite sense ("big" and "small", "early" and "late", "likely" and "unlikely"): a
 * yes/no question that says one about what the answer says the other of is a false premise
 * ("does Russia have a big presence in the North?" against "a very small footprint"). English,
 * not the article's facts, so it lives here rather than in the database.
 */
final class Contraries {
    private static final List<Set<String>[]> PAIRS = List.of(
            pair(Set.of("big", "large", "huge", "major", "massive", "lot", "lots", "tons", "many", "strong"),
                    Set.of("small", "tiny", "little", "few", "minor")),
            pair(Set.of("early", "soon", "quick", "quickly", "fast"), Set.of("late")),
            pair(Set.of("likely", "probable", "realistic", "feasible"), Set.of("unlikely")),
            pair(Set.of("easy", "easier", "simple", "simpler"), Set.of("difficult", "hard", "harder")),
            pair(Set.of("soften", "softening", "softened", "compromise", "compromising", "flexible", "budge",
                    "budging"), Set.of("digging", "hard line")),
            pair(Set.of("short", "brief", "modest"), Set.of("long")),
            pair(Set.of("comfortable", "relaxed", "happy", "fine", "ok", "okay", "calm"),
                    Set.of("nervous", "worried", "anxious")),
            pair(Set.of("refuse", "refused", "refusing", "unwilling", "reluctant"), Set.of("willingness", "willing")),
            pair(Set.of("progress", "progressing", "success", "successful", "succeed", "succeeded", "working",
                    "anywhere", "moving", "advancing", "advanced"), Set.of("stalled", "failure", "failed",
                    "breakdown", "headfirst")));

    // "Despite all the talk about denuclearization, Kim's primary concern is the economy": what the
    // answer sets aside before its comma.
    private static final Pattern CONCESSION = Pattern.compile("^(?:despite|unlike|although|though) ([^,]+),(.*)$");

    private Contraries() {
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] pair(Set<String> one, Set<String> other) {
        return new Set[] {one, other};
    }

    /**
     * Whether the question says of something the opposite of what the answer says: a word of one
     * side in the question, a word of the other in the answer and not in the question.
     */
    static boolean contradicted(String question, String answer) {
        String q = " " + AliasText.normalise(question) + " ";
        String a = " " + AliasText.normalise(answer) + " ";
        for (Set<String>[] p : PAIRS) {
            if ((holds(q, p[0]) && holds(a, p[1]) && !holds(q, p[1]))
                    || (holds(q, p[1]) && holds(a, p[0]) && !holds(a, p[1]) && !holds(q, p[0]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question asks as the answer's point what the answer names only to set it aside
     * ("is denuclearization Kim's top priority?" against "despite all the talk about
     * denuclearization, Kim's primary concern is the economy").
     */
    static boolean setAside(List<String> questionWords, String answer) {
        Matcher m = CONCESSION.matcher(answer.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.find()) {
            return false;
        }
        Set<String> aside = Set.of(AliasText.normalise(m.group(1)).split(" "));
        Set<String> point = Set.of(AliasText.normalise(m.group(2)).split(" "));
        return questionWords.stream().anyMatch(w -> aside.contains(w) && !point.contains(w));
    }

    private static boolean holds(String normalText, Set<String> words) {
        for (String w : words) {
            if (normalText.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }
}
