package summitbot.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.admin.ModelTeacher;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.TextNormalizer;

/** Retrains the intent model from the training data and saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = {"Retrain the intent model from models/training.tsv, the answer units' examples and the questions admins",
                "taught, and build the semantic index of the same questions (unless --no-encoder)."})
final class TrainCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Override
    public void run() {
        IntentModelFiles files = new IntentModelFiles(store.models());
        long start = System.nanoTime();
        List<LabeledQuestion> fromDatabase;
        try (Database db = Core.openDatabase(store.db())) {
            fromDatabase = ModelTeacher.asTraining(new UnitStore(db), new TaughtQuestions(db));
        }
        List<LabeledQuestion> data = files.withExtra(fromDatabase);
        int examples = data.size();
        files.train(TextNormalizer.load(), data);
        store.out().printf("trained on %d examples in %d ms: %s%n", examples,
                (System.nanoTime() - start) / 1_000_000, files.modelFile());
        if (!store.noEncoder()) {
            long encoding = System.nanoTime();
            // The index is kept when it was built from this data already; else built and saved.
            SemanticSignal semantic = SemanticSignal.loading(files, data, 0).awaitReady();
            if (!semantic.ready()) {
                throw new IllegalStateException("the sentence encoder could not be loaded (see the log)");
            }
            store.out().printf("semantic index of %d questions ready in %d ms: %s%n", examples,
                    (System.nanoTime() - encoding) / 1_000_000, files.semanticFile());
        }
    }
}
