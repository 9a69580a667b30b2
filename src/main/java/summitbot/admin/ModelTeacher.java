package summitbot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.UnitStore;
import summitbot.nlp.EvaluationReport;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.SemanticIndex;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.TextNormalizer;

/**
 * Teaches the bot a question: stores it as training data, retrains on one background thread,
 * and swaps the new model in, so users keep being answered (by the old model) meanwhile.
 */
public final class ModelTeacher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModelTeacher.class);

    private final TaughtQuestions taught;
    private final UnitStore units;
    private final IntentModelFiles files;
    private final LiveClassifier live;
    private final ScopeGate gate;
    private final SemanticSignal semantic;
    private final ExecutorService trainer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "model-teacher");
        t.setDaemon(true);
        return t;
    });

    public ModelTeacher(TaughtQuestions taught, UnitStore units, IntentModelFiles files, LiveClassifier live,
                        ScopeGate gate) {
        this(taught, units, files, live, gate, SemanticSignal.none());
    }

    /** @param semantic whose index of training questions learns each taught question too */
    public ModelTeacher(TaughtQuestions taught, UnitStore units, IntentModelFiles files, LiveClassifier live,
                        ScopeGate gate, SemanticSignal semantic) {
        this.semantic = semantic;
        this.taught = taught;
        this.units = units;
        this.files = files;
        this.live = live;
        this.gate = gate;
    }

    /**
     * Training data from the database, after the training file: the answer units' example
     * questions (as their topic), then the questions admins have taught, in the order taught.
     */
    public static List<LabeledQuestion> asTraining(UnitStore units, TaughtQuestions taught) {
        List<LabeledQuestion> out = new ArrayList<>();
        units.examplesByIntent().forEach((intent, examples) ->
                examples.forEach(e -> out.add(new LabeledQuestion(intent, e))));
        taught.all().forEach(t -> out.add(new LabeledQuestion(t.intent(), t.text())));
        return out;
    }

    /**
     * What the semantic index holds: the classifier's training data, then every unit's learned
     * examples, encoded once with it (for the ranker's sense of meaning) but no intent's examples.
     */
    public static List<LabeledQuestion> semanticData(List<LabeledQuestion> trainingData, UnitStore units) {
        List<LabeledQuestion> out = new ArrayList<>(trainingData);
        units.all().forEach(u -> u.learned()
                .forEach(e -> out.add(new LabeledQuestion(SemanticIndex.SENTENCE_ONLY, e))));
        return out;
    }

    /** The model as the bot starts with it: loaded, or trained first when its training data changed. */
    public static IntentClassifier loadOrTrain(IntentModelFiles files, TextNormalizer normalizer, UnitStore units,
                                               TaughtQuestions taught) {
        return files.loadOrTrain(normalizer, trainingData(files, units, taught));
    }

    /** Everything the models learn from: the training file, then {@link #asTraining} of the database. */
    public static List<LabeledQuestion> trainingData(IntentModelFiles files, UnitStore units, TaughtQuestions taught) {
        return files.withExtra(asTraining(units, taught));
    }

    /**
     * Stores the question now and retrains in the background; {@code whenLive} hears once the new
     * model answers, with the held-out accuracy before and after.
     */
    public void teach(String intent, String question, String by, Consumer<String> whenLive) {
        taught.add(intent, question, by);
        log.info("{} taught \"{}\" as {}; retraining", by, question, intent);
        trainer.submit(() -> {
            try {
                whenLive.accept(retrain(intent, question));
            } catch (RuntimeException e) {
                log.error("retraining after /teach failed", e);
                whenLive.accept("Retraining failed (" + e.getMessage() + "); the previous model is still answering.");
            }
        });
    }

    private String retrain(String intent, String question) {
        long start = System.nanoTime();
        IntentClassifier old = live.get();
        List<LabeledQuestion> data = trainingData(files, units, taught);
        IntentClassifier next = files.train(old.normalizer(), data);
        semantic.rebuild(files, semanticData(data, units));
        List<LabeledQuestion> heldOut = files.heldOutData();
        EvaluationReport before = evaluate(old, heldOut);
        EvaluationReport after = evaluate(next, heldOut);
        live.replace(next);
        String now = gate.decide(gate.predict(next, question));
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.info("new intent model live after {} ms; held-out accuracy {} -> {}", ms,
                fmt(before.accuracy()), fmt(after.accuracy()));
        return String.format(Locale.ROOT,
                "New model is live (%.1f s). Held-out accuracy %s -> %s (in scope %s -> %s, out-of-scope recall %s -> %s)%s. "
                        + "\"%s\" is now answered as %s%s.",
                ms / 1000.0, fmt(before.accuracy()), fmt(after.accuracy()), fmt(before.inScopeAccuracy()),
                fmt(after.inScopeAccuracy()), fmt(before.outOfScopeRecall()), fmt(after.outOfScopeRecall()),
                after.accuracy() == before.accuracy() ? ", unchanged" : "",
                question, now, now.equals(intent) ? "" : " (not yet " + intent + ": teach a few more like it)");
    }

    private EvaluationReport evaluate(IntentClassifier classifier, List<LabeledQuestion> data) {
        return EvaluationReport.of(data.stream()
                .map(q -> new EvaluationReport.Outcome(q.intent(), gate.decide(gate.predict(classifier, q.text()))))
                .toList());
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }

    /** Waits for a retraining in progress, for tests and shutdown. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            trainer.submit(() -> { }).get(timeout, unit);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /**
     * Stops at once: a stop must not wait for a retraining (seconds of work). The taught questions
     * are already stored, so the next start sees a stale model and trains with them.
     */
    @Override
    public void close() {
        trainer.shutdownNow();
        try {
            trainer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
