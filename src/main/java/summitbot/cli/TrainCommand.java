package summitbot.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.TextNormalizer;

/** Retrains the intent model from the training data and saves it. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Retrain the intent model.")
final class TrainCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public void run() {
        IntentModelFiles files = new IntentModelFiles(store.models);
        long start = System.nanoTime();
        int examples = files.trainingData().size();
        files.train(TextNormalizer.load());
        out().printf("trained on %d examples in %d ms: %s%n", examples,
                (System.nanoTime() - start) / 1_000_000, files.modelFile());
    }
}
