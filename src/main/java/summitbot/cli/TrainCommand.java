package summitbot.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.admin.ModelTeacher;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.IntentTrainer;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.Progress;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.TextNormalizer;

/** Retrains the intent model from the training data and saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Retrain the intent model and build the semantic index, reporting each step on standard error.",
        "Both learn from models/training.tsv, the answer units' examples and the questions admins taught; "
                + "--no-encoder skips the semantic index."})
final class TrainCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Override
    public void run() {
        IntentModelFiles files = new IntentModelFiles(store.models());
        Progress progress = store.progress();
        long start = System.nanoTime();
        List<LabeledQuestion> data;
        List<LabeledQuestion> sentences;
        try (Database db = store.openDatabase()) {
            UnitStore units = new UnitStore(db);
            data = files.withExtra(ModelTeacher.asTraining(units, new TaughtQuestions(db)));
            sentences = ModelTeacher.semanticData(data, units);
        }
        int examples = data.size();
        progress.step(String.format(Locale.ROOT, "training the intent model on %,d questions (%d iterations)",
                examples, IntentTrainer.ITERATIONS), "intent model trained",
                () -> files.train(TextNormalizer.load(), data));
        store.out().printf("trained on %d examples in %d ms: %s%n", examples,
                (System.nanoTime() - start) / 1_000_000, files.modelFile());
        if (!store.noEncoder()) {
            long encoding = System.nanoTime();
            // The index is kept when it was built from this data already; else built and saved.
            progress.report("loading the sentence encoder…");
            SemanticSignal semantic = SemanticSignal.loading(files, sentences, 0, progress).awaitReady();
            if (!semantic.ready()) {
                throw new IllegalStateException("the sentence encoder could not be loaded (see the log)");
            }
            store.out().printf("semantic index of %d questions ready in %d ms: %s%n", sentences.size(),
                    (System.nanoTime() - encoding) / 1_000_000, files.semanticFile());
        }
    }
}
