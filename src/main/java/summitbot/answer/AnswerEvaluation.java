package summitbot.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well the bot answers a file of conversations: each line {@code chat<TAB>question<TAB>expect
 * [<TAB>polarity]}, where lines of one chat are one conversation in order, expect is a unit key,
 * {@code DECLINE} or {@code SMALLTALK}, and polarity ({@code YES}/{@code NO}) says how a yes/no
 * question should be answered.
 */
public final class AnswerEvaluation {
    public static final String DECLINE = "DECLINE";
    public static final String SMALLTALK = "SMALLTALK";

    /** One line of the file. */
    public record Case(String chat, String question, String expect, String polarity) {
        /**
         * Whether the right reply is a decline: the plain one, or a gap unit's "the article
         * doesn't say ..." (a decline in the statistics that also names the closest fact).
         */
        public boolean expectsDecline() {
            return expect.equals(DECLINE) || expect.contains(".gap_");
        }
    }

    /** What the bot did with one case. */
    public record Outcome(Case c, boolean followUp, Answer answer, boolean correct, Boolean polarityCorrect,
                          boolean offered) {
    }

    /** The figures over all cases. */
    public record Report(List<Outcome> outcomes) {
        public double answerAccuracy() {
            return share(outcomes, Outcome::correct);
        }

        public double followUpAccuracy() {
            return share(outcomes.stream().filter(Outcome::followUp).toList(), Outcome::correct);
        }

        /** Of the replies that declined (or asked which topic was meant), the share that should have. */
        public double declinePrecision() {
            return share(outcomes.stream().filter(o -> declined(o.answer())).toList(),
                    o -> o.c().expectsDecline());
        }

        /** Of the questions that should be declined, the share that were. */
        public double declineRecall() {
            return share(outcomes.stream().filter(o -> o.c().expectsDecline()).toList(),
                    o -> declined(o.answer()));
        }

        public double yesNoAccuracy() {
            return share(outcomes.stream().filter(o -> o.polarityCorrect() != null).toList(), Outcome::polarityCorrect);
        }

        /** Yes/no questions answered with the opposite of the article's yes or no: the worst error. */
        public long yesNoContradicted() {
            return outcomes.stream().filter(o -> !o.c().polarity().isEmpty()).filter(o -> {
                String first = firstWord(o.answer().reply());
                return (first.equals("yes") || first.equals("no")) && !o.c().polarity().equalsIgnoreCase(first);
            }).count();
        }

        public int medianWords() {
            return percentile(0.5);
        }

        public int p90Words() {
            return percentile(0.9);
        }

        private int percentile(double p) {
            int[] words = outcomes.stream().mapToInt(o -> words(o.answer().reply())).sorted().toArray();
            return words.length == 0 ? 0 : words[Math.min(words.length - 1, (int) Math.ceil(p * words.length) - 1)];
        }

        /** The most frequent (expected → given) mistakes. */
        public Map<String, Long> confusions(int limit) {
            return outcomes.stream().filter(o -> !o.correct())
                    .collect(Collectors.groupingBy(o -> o.c().expect() + " -> " + given(o.answer()),
                            Collectors.counting()))
                    .entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        }

        public String format(int confusions) {
            StringBuilder s = new StringBuilder();
            long followUps = outcomes.stream().filter(Outcome::followUp).count();
            long yesNo = outcomes.stream().filter(o -> o.polarityCorrect() != null).count();
            s.append(String.format(Locale.ROOT, "messages: %d (%d follow-ups, %d yes/no with a polarity)%n",
                    outcomes.size(), followUps, yesNo));
            s.append(String.format(Locale.ROOT, "answer accuracy: %.3f%n", answerAccuracy()));
            s.append(String.format(Locale.ROOT, "follow-up accuracy: %.3f%n", followUpAccuracy()));
            s.append(String.format(Locale.ROOT, "decline precision: %.3f%n", declinePrecision()));
            s.append(String.format(Locale.ROOT, "decline recall: %.3f%n", declineRecall()));
            s.append(String.format(Locale.ROOT, "yes/no right: %.3f (%d answered with the opposite yes/no)%n",
                    yesNoAccuracy(), yesNoContradicted()));
            s.append(String.format(Locale.ROOT, "reply words: median %d, 90th percentile %d%n", medianWords(),
                    p90Words()));
            List<Outcome> asked = outcomes.stream().filter(o -> o.answer().kind() == Reply.Kind.CLARIFY).toList();
            s.append(String.format(Locale.ROOT, "clarifying questions: %d (the expected topic offered in %d;"
                    + " a decline expected in %d)%n", asked.size(), asked.stream().filter(Outcome::offered).count(),
                    asked.stream().filter(o -> o.c().expectsDecline()).count()));
            s.append("most confused (expected -> given):\n");
            confusions(confusions).forEach((k, v) -> s.append(String.format(Locale.ROOT, "  %3d  %s%n", v, k)));
            return s.toString();
        }
    }

    private final ReplyRouter router;

    public AnswerEvaluation(ReplyRouter router) {
        this.router = router;
    }

    /** Reads a file of cases; blank lines and lines starting with # are skipped. */
    public static List<Case> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Case> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected chat<TAB>question<TAB>expect[<TAB>YES|NO]");
            }
            out.add(new Case(f[0].strip(), f[1].strip(), f[2].strip(), f.length > 3 ? f[3].strip() : ""));
        }
        return out;
    }

    /** Runs every case, each chat as its own conversation. */
    public Report run(List<Case> cases) {
        Set<String> seen = new HashSet<>();
        List<Outcome> out = new ArrayList<>();
        for (Case c : cases) {
            boolean followUp = !seen.add(c.chat());
            Answer a = router.answer("eval:" + c.chat(), c.question(), "eval");
            Boolean polarity = c.polarity().isEmpty() ? null : polarityRight(c.polarity(), a.reply());
            // A clarifying question that offered the expected unit's topic: one tap from the answer.
            boolean offered = a.kind() == Reply.Kind.CLARIFY && router.topicOf(c.expect())
                    .map(t -> a.choices().stream().anyMatch(ch -> ch.id().equals(t))).orElse(false);
            out.add(new Outcome(c, followUp, a, correct(c, a), polarity, offered));
        }
        return new Report(out);
    }

    private static boolean correct(Case c, Answer a) {
        return switch (c.expect()) {
            case DECLINE -> declined(a);
            case SMALLTALK -> a.kind() == Reply.Kind.SMALLTALK;
            default -> (a.kind() == (c.expectsDecline() ? Reply.Kind.DECLINE : Reply.Kind.ANSWER))
                    && a.units().contains(c.expect());
        };
    }

    // A clarifying question states no fact: for these figures it is a decline.
    private static boolean declined(Answer a) {
        return a.kind() == Reply.Kind.DECLINE || a.kind() == Reply.Kind.CLARIFY;
    }

    private static boolean polarityRight(String polarity, String reply) {
        return polarity.equalsIgnoreCase(firstWord(reply));
    }

    private static String firstWord(String reply) {
        return reply.strip().split("[\\s.,!—-]+", 2)[0].toLowerCase(Locale.ROOT);
    }

    static String given(Answer a) {
        return a.kind() == Reply.Kind.ANSWER ? (a.units().isEmpty() ? a.intent() : String.join("+", a.units()))
                : a.kind().name();
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : (int) Arrays.stream(t.split("\\s+")).count();
    }

    private static <T> double share(List<T> items, java.util.function.Predicate<T> ok) {
        return items.isEmpty() ? 1.0 : (double) items.stream().filter(ok).count() / items.size();
    }
}
