package summitbot.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accuracy figures for predicted intents against the labelled ones. */
public record EvaluationReport(int total, double accuracy, double inScopeAccuracy, double outOfScopeRecall,
                               double macroF1, Map<String, IntentScore> perIntent, List<Confusion> confusions) {

    /** Precision, recall and F1 of one intent, with how many labelled examples it had. */
    public record IntentScore(double precision, double recall, double f1, int support) {
    }

    /** How often questions labelled {@code expected} were predicted as {@code predicted}. */
    public record Confusion(String expected, String predicted, int count) {
    }

    /** One labelled question and the intent the bot chose. */
    public record Outcome(String expected, String predicted) {
    }

    public static EvaluationReport of(List<Outcome> outcomes) {
        int correct = 0;
        int inScope = 0;
        int inScopeCorrect = 0;
        int oos = 0;
        int oosCaught = 0;
        Map<String, int[]> counts = new HashMap<>(); // intent -> {tp, fp, fn}
        Map<String, Integer> confusion = new HashMap<>();
        TreeSet<String> labels = new TreeSet<>();
        for (Outcome o : outcomes) {
            labels.add(o.expected());
            boolean right = o.expected().equals(o.predicted());
            if (right) {
                correct++;
                counts.computeIfAbsent(o.expected(), k -> new int[3])[0]++;
            } else {
                counts.computeIfAbsent(o.predicted(), k -> new int[3])[1]++;
                counts.computeIfAbsent(o.expected(), k -> new int[3])[2]++;
                confusion.merge(o.expected() + "\t" + o.predicted(), 1, Integer::sum);
            }
            if (ScopeGate.OUT_OF_SCOPE.equals(o.expected())) {
                oos++;
                if (right) {
                    oosCaught++;
                }
            } else {
                inScope++;
                if (right) {
                    inScopeCorrect++;
                }
            }
        }
        Map<String, IntentScore> per = new TreeMap<>();
        double f1Sum = 0;
        for (String label : labels) {
            int[] c = counts.getOrDefault(label, new int[3]);
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            per.put(label, new IntentScore(p, r, f1, c[0] + c[2]));
            f1Sum += f1;
        }
        List<Confusion> confusions = new ArrayList<>();
        confusion.forEach((k, v) -> {
            String[] parts = k.split("\t");
            confusions.add(new Confusion(parts[0], parts[1], v));
        });
        confusions.sort(Comparator.comparingInt(Confusion::count).reversed()
                .thenComparing(Confusion::expected).thenComparing(Confusion::predicted));
        int n = outcomes.size();
        return new EvaluationReport(n, ratio(correct, n), ratio(inScopeCorrect, inScope), ratio(oosCaught, oos),
                labels.isEmpty() ? 0 : f1Sum / labels.size(), per, confusions);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** A plain-text report: totals, a table per intent, and the most confused pairs. */
    public String format(int confusionsToShow) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "questions          %d%n", total));
        s.append(String.format(Locale.ROOT, "accuracy           %.4f%n", accuracy));
        s.append(String.format(Locale.ROOT, "in-scope accuracy  %.4f%n", inScopeAccuracy));
        s.append(String.format(Locale.ROOT, "out-of-scope recall %.4f%n", outOfScopeRecall));
        s.append(String.format(Locale.ROOT, "macro F1           %.4f%n", macroF1));
        s.append(String.format(Locale.ROOT, "%n%-16s %9s %9s %9s %7s%n", "intent", "precision", "recall", "f1", "n"));
        perIntent.forEach((intent, sc) -> s.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %7d%n",
                intent, sc.precision(), sc.recall(), sc.f1(), sc.support())));
        s.append(String.format(Locale.ROOT, "%nmost confused (expected -> predicted)%n"));
        if (confusions.isEmpty()) {
            s.append("none\n");
        }
        confusions.stream().limit(confusionsToShow).forEach(c -> s.append(String.format(Locale.ROOT,
                "%4d  %s -> %s%n", c.count(), c.expected(), c.predicted())));
        return s.toString();
    }
}
