package summitbot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
    // Two sides of one opposition.
    private record Pair(Set<String> one, Set<String> other) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair(Set.of("big", "bigger", "large", "larger", "huge", "major", "massive", "lot", "lots", "tons",
                    "many", "strong"),
                    Set.of("small", "tiny", "little", "few", "minor", "barely", "hardly", "scarcely")),
            // "have they met before?" against "their first one-on-one meeting".
            new Pair(Set.of("before", "already", "previously", "again"), Set.of("first")),
            new Pair(Set.of("early", "earlier", "sooner", "soon", "quick", "quickly", "fast"), Set.of("late")),
            // "was Hanoi his first summit with Trump?" against "Kim's second summit with Trump".
            new Pair(Set.of("first"), Set.of("second")),
            // "did kim have his third summit with trump in hanoi?" against his second there.
            new Pair(Set.of("third", "fourth", "fifth"), Set.of("first", "second")),
            // "did the ties survive that?" against "the ties fell apart".
            new Pair(Set.of("survive", "survived", "last", "lasted", "continue", "continued", "stay", "stayed"),
                    Set.of("fell apart", "fall apart")),
            // "will the laborers get to stay past this year?" against "are being kicked out".
            new Pair(Set.of("stay", "remain", "allowed", "welcome", "welcomed", "kept on"),
                    Set.of("kicked out", "expelled", "sent home")),
            // "in the billions?" against "in the hundreds of millions".
            new Pair(Set.of("billions", "billion"), Set.of("millions")),
            new Pair(Set.of("likely", "probable", "realistic", "feasible"), Set.of("unlikely")),
            new Pair(Set.of("easy", "easier", "simple", "simpler"), Set.of("difficult", "hard", "harder")),
            new Pair(Set.of("soften", "softening", "softened", "compromise", "compromising", "flexible", "budge",
                    "budging"), Set.of("digging", "hard line")),
            new Pair(Set.of("short", "brief", "modest"), Set.of("long")),
            new Pair(Set.of("comfortable", "comfy", "relaxed", "happy", "fine", "ok", "okay", "calm", "at ease"),
                    Set.of("nervous", "worried", "anxious")),
            new Pair(Set.of("refuse", "refused", "refusing", "unwilling", "reluctant"), Set.of("willingness", "willing")),
            new Pair(Set.of("summer"), Set.of("winter", "spring", "autumn")),
            new Pair(Set.of("current", "currently", "sitting", "incumbent", "still"), Set.of("former")),
            new Pair(Set.of("progress", "progressing", "success", "successful", "succeed", "succeeded", "working",
                    "anywhere", "moving", "advancing", "advanced", "well", "smoothly", "work", "worked", "works",
                    "good", "great", "headway"),
                    Set.of("stalled", "failure", "failed", "breakdown", "headfirst", "no agreements", "impasse",
                            "stuck", "deadlock", "deadlocked", "stalemate", "dead end")),
            // "is it a secret move?" against "Kim's furtive pivot north".
            new Pair(Set.of("open", "openly", "public", "publicly", "transparent"),
                    Set.of("furtive", "secretive", "secret", "secretly", "covert", "sneaky", "quiet", "quietly")),
            new Pair(Set.of("this month", "this week"), Set.of("last month")),
            new Pair(Set.of("agree", "agreed", "agreement", "deal", "settle", "settled"),
                    Set.of("no agreements", "no agreement", "no deal", "without a deal", "without agreement")),
            // "does Kim want that money to stop?" against "would like to keep that revenue flowing".
            new Pair(Set.of("stop", "end", "halt", "dry up", "drying up", "dries up", "dried up"),
                    Set.of("keep", "flowing")),
            // "is it clear he'll help?" against "it's not entirely clear how much Putin will oblige".
            new Pair(Set.of("clear", "certain", "obvious", "definitely", "certainly", "surely", "for sure",
                    "guaranteed"), Set.of("not entirely clear", "unclear", "uncertain")),
            // "is he north korean?" of Moon, "the South Korean President".
            new Pair(Set.of("north korean"), Set.of("south korean")),
            // "is kim il sung kim's dad?" against "Kim Il Sung is Kim's grandfather".
            new Pair(Set.of("dad", "father", "daddy", "old man", "pops"),
                    Set.of("grandfather", "grandpa", "granddad", "grandad", "grandfather s")),
            // "is putin the prime minister of russia?" against "the Russian President".
            new Pair(Set.of("prime minister", "premier", "pm", "chancellor", "king"), Set.of("president")),
            // "is kim cutting trade with russia?" against "Kim wants to boost trade with Russia tenfold".
            new Pair(Set.of("cut", "cuts", "cutting", "reduce", "reduces", "reducing", "lower", "lowering", "shrink",
                    "shrinking", "decrease", "decreasing", "slash", "slashing", "scale back", "scaling back"),
                    Set.of("boost", "increase", "expand", "grow")),
            // "has washington encouraged seoul to go ahead?" against "Washington has warned Seoul against".
            new Pair(Set.of("encourage", "encouraged", "encouraging", "urge", "urged", "urging",
                    "backed", "backing", "endorse", "endorsed", "approve", "approved"),
                    Set.of("warned", "warned seoul against", "warning")),
            // "is it only about the workers and the food?" against "goes deeper than that".
            new Pair(Set.of("only", "just", "solely", "merely", "all there is"), Set.of("deeper than")));

    // "Despite all the talk about denuclearization, Kim's primary concern is the economy": what the
    // answer sets aside before its comma.
    private static final Pattern CONCESSION = Pattern.compile("^(?:despite|unlike|although|though) ([^,]+),(.*)$");

    // Shorter words ("the", "is") say nothing of which clause a question is about.
    private static final int MIN_STEM = 4;

    private Contraries() {
    }

    /**
     * Whether the question says of something the opposite of what the answer says: a word of one
     * side in the question, a word of the other in the answer and not in the question.
     */
    static boolean contradicted(String question, String answer) {
        return contradictedNormal(AliasText.normalise(question), AliasText.normalise(answer));
    }

    /** {@link #contradicted} of two texts already in alias normal form (the ranker's many calls). */
    static boolean contradictedNormal(String normalQuestion, String normalAnswer) {
        String q = " " + normalQuestion + " ";
        String a = " " + normalAnswer + " ";
        return PAIRS.stream().anyMatch(p -> opposes(p, q, a));
    }

    // A word of one side of the pair in the question and of the other in the answer, not both in
    // either (texts in alias normal form, padded with spaces).
    private static boolean opposes(Pair p, String q, String a) {
        return (holds(q, p.one()) && holds(a, p.other()) && !holds(q, p.other()))
                || (holds(q, p.other()) && holds(a, p.one()) && !holds(a, p.other()) && !holds(q, p.one()));
    }

    /**
     * Whether another fact says the opposite of the question by an opposition the answer itself says
     * nothing of: "did kim's second summit with trump go well?" against "no agreements", while the
     * answer ("Kim's second summit with Trump was in Hanoi") shares only "second" with the question.
     */
    static boolean contradictedElsewhere(String question, String other, String answer) {
        String q = " " + AliasText.normalise(question) + " ";
        String o = " " + AliasText.normalise(other) + " ";
        String a = " " + AliasText.normalise(answer) + " ";
        return PAIRS.stream().anyMatch(p -> !holds(a, p.one()) && !holds(a, p.other()) && opposes(p, q, o));
    }

    /** Whether a word is on either side of an opposition ("before", "first", "small"). */
    static boolean sidesOf(String word) {
        String w = " " + word + " ";
        return PAIRS.stream().anyMatch(p -> holds(w, p.one()) || holds(w, p.other()));
    }

    /**
     * The question's words of a side the answer holds too, in its own words ("failed" against "no
     * agreements").
     */
    static Set<String> sameSideWords(String question, String answer) {
        String q = " " + AliasText.normalise(question) + " ";
        String a = " " + AliasText.normalise(answer) + " ";
        Set<String> out = new java.util.HashSet<>();
        for (Pair p : PAIRS) {
            for (Set<String> side : List.of(p.one(), p.other())) {
                Set<String> otherSide = side == p.one() ? p.other() : p.one();
                if (holds(a, side) && !holds(a, otherSide)) {
                    side.stream().filter(w -> q.contains(" " + w + " ")).forEach(out::add);
                }
            }
        }
        return out;
    }

    /**
     * Whether the question asks as the answer's point what the answer names only to set it aside
     * ("is denuclearization Kim's top priority?" against "despite all the talk about
     * denuclearization, Kim's primary concern is the economy").
     */
    static boolean setAside(List<String> questionWords, String questionNormal, String answer) {
        Optional<Concession> c = Concession.of(answer);
        if (c.isEmpty()) {
            return false;
        }
        Set<String> aside = c.get().aside();
        Set<String> point = Set.copyOf(c.get().point());
        return !weighsThePoint(questionWords, questionNormal, aside, point)
                && questionWords.stream().anyMatch(w -> aside.contains(w) && !point.contains(w))
                && !restatesTheConcession(questionNormal, aside, point, c.get().point().get(0));
    }

    // "despite X, Y": the words of what the answer sets aside (X) and of its point (Y), in order.
    private record Concession(Set<String> aside, List<String> point) {
        static Optional<Concession> of(String answer) {
            Matcher m = CONCESSION.matcher(answer.strip().toLowerCase(java.util.Locale.ROOT));
            // (Set.copyOf: a clause may say a word twice, "Kim ... Kim's".)
            return m.find() ? Optional.of(new Concession(Set.copyOf(Arrays.asList(AliasText.normalise(m.group(1))
                    .split(" "))), List.of(AliasText.normalise(m.group(2)).split(" ")))) : Optional.empty();
        }
    }

    /**
     * Whether a question weighs the answer's point above what the answer sets aside ("does the
     * economy matter more to Kim than denuclearization?" against "despite all the talk about
     * denuclearization, Kim's primary concern is the economy"), which the answer confirms.
     *
     * @param weighedUp   the content words before "than", with their synonyms
     * @param weighedDown the content words after it, with their synonyms
     */
    static boolean pointWeighedAbove(List<String> weighedUp, List<String> weighedDown, String answer) {
        Optional<Concession> c = Concession.of(answer);
        if (c.isEmpty()) {
            return false;
        }
        Set<String> aside = c.get().aside();
        // The point's subject ("Kim") may stand on either side: it is who weighs, not what is weighed.
        Set<String> point = new java.util.HashSet<>(c.get().point());
        point.remove(c.get().point().get(0));
        Predicate<String> pointOnly = w -> point.contains(w) && !aside.contains(w);
        Predicate<String> asideOnly = w -> aside.contains(w) && !point.contains(w);
        // (The weighing may name the point's own word on either side: "does he care more about nukes
        // than the economy?", "care" being his "concern".)
        return weighedUp.stream().anyMatch(pointOnly.and(w -> !weighedDown.contains(w)))
                && weighedUp.stream().noneMatch(asideOnly) && weighedDown.stream().anyMatch(asideOnly);
    }

    // "is washington mostly talking about denuclearization?" against "despite all the talk in
    // Washington about denuclearization, Kim's primary concern ...": two words of the clause set
    // aside (a name too, any inflection) and not the point's subject ask whether the concession
    // holds, which the answer grants.
    private static boolean restatesTheConcession(String questionNormal, Set<String> aside, Set<String> point,
                                                 String pointSubject) {
        List<String> said = List.of(questionNormal.split(" "));
        long asideOnly = said.stream().filter(w -> w.length() >= MIN_STEM && sameStemIn(w, aside)
                && !sameStemIn(w, point)).count();
        return asideOnly >= 2 && !said.contains(pointSubject);
    }

    // "talking" and "talk": one word the start of the other.
    private static boolean sameStemIn(String word, Set<String> words) {
        return words.stream().anyMatch(w -> w.length() >= MIN_STEM && (word.startsWith(w) || w.startsWith(word)));
    }

    // "so the economy matters more to him than denuclearization?": the answer's point before "than",
    // what it sets aside after, asks the point itself.
    private static boolean weighsThePoint(List<String> questionWords, String questionNormal, Set<String> aside,
                                          Set<String> point) {
        int than = (" " + questionNormal + " ").indexOf(" than ");
        if (than < 0) {
            return false;
        }
        List<String> before = List.of(questionNormal.substring(0, Math.max(0, than - 1)).split(" "));
        return questionWords.stream().anyMatch(w -> point.contains(w) && !aside.contains(w) && before.contains(w))
                && questionWords.stream().anyMatch(w -> aside.contains(w) && !point.contains(w) && !before.contains(w));
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
