package summitbot.answer;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.nlp.PersonMention;

/**
 * A yes/no question that compares Kim's summit counts with two leaders: "did kim meet xi more often
 * than moon and trump combined?", "so he's met xi twice as often as trump?": both sides named, read
 * from the words around "than" or "as"; the verdict comes from the counts the article gives.
 */
record CountComparison(List<String> left, List<String> right, Relation relation, boolean combined) {
    /** How the left side's count stands to the right side's. */
    enum Relation { MORE, FEWER, TWICE, AS_MANY }

    private static final Pattern COMPARED = Pattern.compile("\\b(?:(more|fewer|less)(?: \\w+){0,3}? than"
            + "|(twice) as (?:often|many(?: \\w+)?|much) as|(as) (?:often|many(?: \\w+)?|much) as)\\b");
    private static final Pattern HOW_IT_COMPARES = Pattern.compile(
            "\\b(compare|compared|comparison|versus|vs|stack up|stacks up|relative to)\\b");
    private static final Pattern COMBINED = Pattern.compile("\\b(combined|together|put together|in total|total)\\b");

    /** "how does that compare with xi?": a comparison asked without saying which way. */
    static boolean asksHowItCompares(String normal) {
        return HOW_IT_COMPARES.matcher(normal).find();
    }

    /** Whether {@code normal} compares how often or how much ("more often than", "twice as many as"). */
    static boolean asks(String normal) {
        return COMPARED.matcher(normal).find();
    }

    /**
     * The comparison {@code normal} asks, with the leaders on each side ({@code mentions}, by
     * position) whose summits are {@code counted}.
     */
    static Optional<CountComparison> of(String normal, List<PersonMention> mentions,
                                        Predicate<String> counted) {
        Matcher m = COMPARED.matcher(normal);
        if (!m.find()) {
            return Optional.empty();
        }
        int pivot = wordsBefore(normal, m.end());
        List<String> left = mentions.stream().filter(p -> p.position() < pivot)
                .map(p -> p.person().id()).filter(counted).distinct().toList();
        List<String> right = mentions.stream().filter(p -> p.position() > pivot)
                .map(p -> p.person().id()).filter(counted).distinct().toList();
        if (left.size() != 1 || right.isEmpty()) {
            return Optional.empty();
        }
        Relation relation = m.group(2) != null ? Relation.TWICE : m.group(3) != null ? Relation.AS_MANY
                : m.group(1).equals("more") ? Relation.MORE : Relation.FEWER;
        return Optional.of(new CountComparison(left, right, relation, COMBINED.matcher(normal).find()));
    }

    // The index of the word at {@code at} (the number of spaces before it).
    private static int wordsBefore(String normal, int at) {
        return (int) normal.substring(0, at).chars().filter(c -> c == ' ').count();
    }

    /** Whether the counts bear the comparison out: each leader on the right, or their sum when combined. */
    boolean holds(Function<String, Long> count) {
        long l = count.apply(left.get(0));
        List<Long> others = combined ? List.of(right.stream().mapToLong(count::apply).sum())
                : right.stream().map(count).toList();
        return others.stream().allMatch(r -> switch (relation) {
            case MORE -> l > r;
            case FEWER -> l < r;
            case TWICE -> l == 2 * r;
            case AS_MANY -> l == r;
        });
    }
}
