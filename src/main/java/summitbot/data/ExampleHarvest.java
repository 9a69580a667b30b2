package summitbot.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import summitbot.answer.AnswerEvaluation;
import summitbot.nlp.AliasText;

/**
 * Example questions for the answer units, harvested from conversation files written blind
 * ({@code chat<TAB>question<TAB>expect[<TAB>YES|NO]}, the format of {@code eval --answers}): every
 * message that stands on its own, under the unit it expects. Many writers ask one fact in many
 * more ways than a unit's few written examples, and the classifier, the semantic index and the
 * ranker learn those ways from them. Held-out questions and questions already trained on are
 * never harvested; the result is a Flyway migration that replaces the learned examples.
 */
public final class ExampleHarvest {
    /** Why a message was not harvested. */
    public enum Skip {
        NO_UNIT("small talk or a decline"),
        FALSE_PREMISE("answered no: its premise is false"),
        LEANS_ON_CONTEXT("leans on the conversation before it"),
        HELD_OUT_OR_TRAINED("held out, trained on already or harvested twice"),
        UNKNOWN_UNIT("expects no unit there is");

        private final String label;

        Skip(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The examples by unit key (sorted), those of them asked as a yes/no question the unit answers
     * "yes" ({@code confirmed}), and how many messages were skipped and why.
     */
    public record Result(Map<String, List<String>> byUnit, Map<String, List<String>> confirmed,
                         Map<Skip, Integer> skipped) {
        public int examples() {
            return byUnit.values().stream().mapToInt(List::size).sum();
        }

        public int confirmations() {
            return confirmed.values().stream().mapToInt(List::size).sum();
        }
    }

    // A later message stands on its own only when it is long enough to carry its subject and has no
    // word that points back ("why?", "and when?", "is he the one from China?").
    private static final int STANDALONE_WORDS = 5;
    private static final String YES = "YES";
    private static final Pattern LEANS_BACK = Pattern.compile(
            "\\b(he|him|his|she|her|they|them|their|it|its|that|this|those|these|there|then|one|ones|also|too"
                    + "|else|again|more|instead|other|same|why|how come)\\b"
                    + "|^(and|so|but|or|what about|how about|ok|wait)\\b");

    private final Set<String> unitKeys;
    private final Set<String> avoid = new HashSet<>();

    /**
     * @param unitKeys the units there are
     * @param avoid    questions never to harvest: every held-out question and every question trained
     *                 on already (compared in normal form)
     */
    public ExampleHarvest(Set<String> unitKeys, List<String> avoid) {
        this.unitKeys = Set.copyOf(unitKeys);
        avoid.forEach(q -> this.avoid.addAll(forms(q)));
    }

    /** Harvests the cases of one or more files, in order; each chat's first message opens it. */
    public Result harvest(List<AnswerEvaluation.Case> cases) {
        Map<String, List<String>> byUnit = new TreeMap<>();
        Map<String, List<String>> confirmed = new TreeMap<>();
        Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);
        Set<String> taken = new HashSet<>(avoid);
        String lastChat = null;
        for (AnswerEvaluation.Case c : cases) {
            boolean first = !c.chat().equals(lastChat);
            lastChat = c.chat();
            Skip skip = skip(c, first, taken);
            if (skip != null) {
                skipped.merge(skip, 1, Integer::sum);
                continue;
            }
            byUnit.computeIfAbsent(c.expect(), k -> new ArrayList<>()).add(c.question());
            if (c.polarity().equalsIgnoreCase(YES)) {
                confirmed.computeIfAbsent(c.expect(), k -> new ArrayList<>()).add(c.question());
            }
        }
        return new Result(byUnit, confirmed, skipped);
    }

    private Skip skip(AnswerEvaluation.Case c, boolean first, Set<String> taken) {
        if (c.expect().equals(AnswerEvaluation.DECLINE) || c.expect().equals(AnswerEvaluation.SMALLTALK)) {
            return Skip.NO_UNIT;
        }
        // "is it in Khabarovsk?" would teach the ranker a place the article contradicts.
        if (c.polarity().equalsIgnoreCase("NO")) {
            return Skip.FALSE_PREMISE;
        }
        if (!first && !standalone(c.question())) {
            return Skip.LEANS_ON_CONTEXT;
        }
        if (!unitKeys.contains(c.expect())) {
            return Skip.UNKNOWN_UNIT;
        }
        List<String> forms = forms(c.question());
        if (forms.stream().anyMatch(taken::contains)) {
            return Skip.HELD_OUT_OR_TRAINED;
        }
        taken.addAll(forms);
        return null;
    }

    /** Whether a message later in a conversation can be understood without the ones before it. */
    static boolean standalone(String question) {
        String normal = AliasText.normalise(question);
        return normal.split(" ").length >= STANDALONE_WORDS && !LEANS_BACK.matcher(normal).find();
    }

    // The normal form, and the letters and digits alone: "who's medvedev" and "whos medvedev" are one
    // question to a reader, though the normal form spells out the first.
    private static List<String> forms(String question) {
        String normal = AliasText.normalise(question);
        String letters = question.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
        return List.of(normal.isEmpty() ? question.strip() : normal, "\u0000" + letters);
    }

    /**
     * The Flyway migration that makes {@code result} the learned examples and confirmations: every
     * unit's are cleared, then each harvested unit's set, so the latest harvest alone counts.
     */
    public static String migration(Result result, List<String> sources) {
        StringBuilder sql = new StringBuilder();
        sql.append("-- Learned example questions, written by `summit-bot data harvest` from:\n");
        sources.forEach(s -> sql.append("--   ").append(s).append('\n'));
        sql.append("-- ").append(result.examples()).append(" examples (").append(result.confirmations())
                .append(" of them confirmations) for ").append(result.byUnit().size())
                .append(" units. Regenerate rather than edit.\n");
        setAll(sql, "learned_examples", result.byUnit());
        setAll(sql, "learned_confirmations", result.confirmed());
        return sql.toString();
    }

    private static void setAll(StringBuilder sql, String column, Map<String, List<String>> byUnit) {
        sql.append("UPDATE answer_unit SET ").append(column).append(" = '';\n");
        byUnit.forEach((key, questions) -> sql.append("UPDATE answer_unit SET ").append(column).append(" = '")
                .append(quoted(String.join("\n", questions))).append("' WHERE key = '").append(quoted(key))
                .append("';\n"));
    }

    private static String quoted(String text) {
        return text.replace("'", "''");
    }
}
