package summitbot.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import summitbot.facts.AnswerUnit;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.TemplateStore;
import summitbot.facts.Topic;
import summitbot.facts.UnitStore;
import summitbot.nlp.AliasText;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.Intents;

/**
 * Checks the data the bot learns from and is measured on, in the spirit of Rasa's
 * {@code rasa data validate}: the training questions (models/training.tsv, the answer units'
 * examples and the questions admins taught, from the database), the held-out files
 * (models/heldout.tsv and every models/*heldout*.tsv answers file) and the catalogue of intents.
 * Questions are compared in their normal form ({@link AliasText#normalise}: case, punctuation and
 * spacing do not count).
 */
public final class DataValidation {
    /**
     * The fewest training questions an intent may have. The held-out file tests 16 per intent,
     * so an intent should be trained on more wordings than it is tested on; 20 leaves room for
     * that while staying well below today's smallest intent (80 lines in the training file alone).
     */
    public static final int MIN_EXAMPLES = 20;

    /** One problem: where it is (file:line, unit KEY, taught question #ID, intent NAME) and what. */
    public record Problem(String where, String what) {
        @Override
        public String toString() {
            return where + ": " + what;
        }
    }

    /** A question as found somewhere, with its label (the intent, or a held-out file's expectation). */
    record Found(String where, String label, String text) {
        // A question of punctuation or emoji alone ("?", "👍") has no normal form: it is compared as typed.
        String normal() {
            String normal = AliasText.normalise(text);
            return normal.isEmpty() ? text.strip() : normal;
        }
    }

    /** What was checked, for the summary line of a clean run. */
    public record Counts(int trainingLines, int unitExamples, int learnedExamples, int taught, int heldOut,
                         int heldOutFiles) {
    }

    private final Path models;
    private final UnitStore units;
    private final TemplateStore templates;
    private final TaughtQuestions taught;
    private final int minExamples;

    public DataValidation(Path models, UnitStore units, TemplateStore templates, TaughtQuestions taught) {
        this(models, units, templates, taught, MIN_EXAMPLES);
    }

    DataValidation(Path models, UnitStore units, TemplateStore templates, TaughtQuestions taught, int minExamples) {
        this.models = models;
        this.units = units;
        this.templates = templates;
        this.taught = taught;
        this.minExamples = minExamples;
    }

    /** Every problem found, in a stable order; empty when the data is clean. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        List<Found> training = training();
        List<AnswerUnit> all = units.all();
        problems.addAll(unknownIntents(training));
        problems.addAll(twoLabels(training));
        List<Found> labelledHeldOut = labelledHeldOut();
        problems.addAll(unknownIntents(labelledHeldOut));
        problems.addAll(twoLabels(labelledHeldOut));
        problems.addAll(heldOutInTraining(training, labelledHeldOut, heldOutAnswers()));
        problems.addAll(catalogue(training, all));
        for (AnswerUnit u : all) {
            // Units of small talk and out of scope are parts of reply templates ({bot.intro}), never chosen by a question.
            if (answeredByUnits(u.intent()) && u.examples().isEmpty()) {
                problems.add(new Problem("unit " + u.key(), "has no example questions"));
            }
        }
        return problems;
    }

    /** How much data a run checks. */
    public Counts counts() {
        List<Found> heldOut = new ArrayList<>(labelledHeldOut());
        heldOut.addAll(heldOutAnswers());
        return new Counts(trainingFile().size(), units.all().stream().mapToInt(u -> u.examples().size()).sum(),
                units.all().stream().mapToInt(u -> u.learned().size()).sum(),
                taught.all().size(), heldOut.size(), heldOutFiles().size());
    }

    /**
     * Every question a harvest must leave alone: the held-out ones, and those trained on apart from
     * the learned examples (a harvest replaces those).
     */
    public List<String> questionsInUse() {
        return Stream.of(labelledHeldOut(), heldOutAnswers(), training(false)).flatMap(List::stream)
                .map(Found::text).toList();
    }

    private List<Found> training() {
        return training(true);
    }

    // The training file, then the units' examples, then the taught questions: what the models learn.
    private List<Found> training(boolean learned) {
        List<Found> out = new ArrayList<>(trainingFile());
        for (AnswerUnit u : units.all()) {
            u.examples().forEach(e -> out.add(new Found("unit " + u.key(), u.intent(), e)));
            if (learned) {
                u.learned().forEach(e -> out.add(new Found("learned example of unit " + u.key(), u.intent(), e)));
            }
        }
        for (TaughtQuestions.Taught t : taught.all()) {
            out.add(new Found("taught question #" + t.id(), t.intent(), t.text()));
        }
        return out;
    }

    private List<Found> trainingFile() {
        return read(models.resolve(IntentModelFiles.TRAINING), 0);
    }

    private List<Found> labelledHeldOut() {
        return read(models.resolve(IntentModelFiles.HELDOUT), 0);
    }

    // The answers files (chat<TAB>question<TAB>expect...): labelled by what they expect.
    private List<Found> heldOutAnswers() {
        return heldOutFiles().stream().filter(f -> !f.getFileName().toString().equals(IntentModelFiles.HELDOUT))
                .flatMap(f -> read(f, 2).stream()).toList();
    }

    private List<Path> heldOutFiles() {
        try (Stream<Path> files = Files.list(models)) {
            return files.filter(f -> f.getFileName().toString().matches(".*heldout.*\\.tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + models, e);
        }
    }

    /** The questions (second column) of a TSV file, labelled by column {@code label}. */
    private static List<Found> read(Path file, int label) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = file + ":" + (i + 1);
            out.add(f.length > Math.max(1, label)
                    ? new Found(where, f[label].strip(), f[1].strip())
                    : new Found(where, "", line.strip()));
        }
        return out;
    }

    private static List<Problem> unknownIntents(List<Found> training) {
        return training.stream().filter(q -> Intents.family(q.label()) == null)
                .map(q -> new Problem(q.where(), q.label().isEmpty() ? "expected intent<TAB>question"
                        : "no intent is called " + q.label()))
                .toList();
    }

    // The same question (in normal form) under two labels: one line for each place after the first.
    private static List<Problem> twoLabels(List<Found> questions) {
        Map<String, Found> first = new LinkedHashMap<>();
        List<Problem> out = new ArrayList<>();
        for (Found q : questions) {
            Found earlier = first.putIfAbsent(q.normal(), q);
            if (earlier != null && !earlier.label().equals(q.label())) {
                out.add(new Problem(q.where(), "\"" + q.text() + "\" is labelled " + q.label() + " here and "
                        + earlier.label() + " at " + earlier.where()));
            }
        }
        return out;
    }

    private static List<Problem> heldOutInTraining(List<Found> training, List<Found> labelled, List<Found> answers) {
        Map<String, Found> trained = new LinkedHashMap<>();
        training.forEach(q -> trained.putIfAbsent(q.normal(), q));
        return Stream.concat(labelled.stream(), answers.stream())
                .filter(q -> trained.containsKey(q.normal()))
                .map(q -> new Problem(q.where(), "held-out question \"" + q.text() + "\" is also training data ("
                        + trained.get(q.normal()).where() + ")"))
                .toList();
    }

    // The topics users ask about, answered from answer units (and offered as topics).
    private static boolean answeredByUnits(String intent) {
        Intents.Family family = Intents.family(intent);
        return family == Intents.Family.ARTICLE || family == Intents.Family.SUMMIT_COUNT
                || family == Intents.Family.PERSON;
    }

    // Each intent is answered (a reply template, or for a topic of the article its answer units),
    // offered as a topic when users can ask about it, and trained on enough questions.
    private List<Problem> catalogue(List<Found> training, List<AnswerUnit> all) {
        List<Problem> out = new ArrayList<>();
        Map<String, Long> examples = training.stream()
                .collect(Collectors.groupingBy(Found::label, Collectors.counting()));
        Set<String> topics = templates.topics().stream().map(Topic::intent).collect(Collectors.toSet());
        Set<String> answered = all.stream().filter(u -> !u.gap()).map(AnswerUnit::intent).collect(Collectors.toSet());
        for (String intent : new TreeSet<>(Intents.ALL.keySet())) {
            Intents.Family family = Intents.family(intent);
            String where = "intent " + intent;
            if (family == Intents.Family.ARTICLE) {
                if (!answered.contains(intent)) {
                    out.add(new Problem(where, "has no answer unit to reply with"));
                }
            } else if (templates.template(intent).isEmpty()) {
                out.add(new Problem(where, "has no reply template"));
            }
            if (answeredByUnits(intent) && !topics.contains(intent)) {
                out.add(new Problem(where, "has no topic (label and example question) to offer users"));
            }
            long n = examples.getOrDefault(intent, 0L);
            if (n < minExamples) {
                out.add(new Problem(where, "has " + n + " training questions; at least " + minExamples + " needed"));
            }
        }
        for (String intent : new TreeSet<>(topics)) {
            if (Intents.family(intent) == null) {
                out.add(new Problem("topic " + intent, "no intent is called " + intent));
            }
        }
        return out;
    }
}
