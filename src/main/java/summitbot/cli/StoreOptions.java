package summitbot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import summitbot.admin.ModelTeacher;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.SentenceEncoder;
import summitbot.nlp.TextNormalizer;

/** Where the database and the models live; every command takes these. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "${env:SUMMITBOT_DB:-db/summit.db}",
            description = "SQLite database file, created and migrated if missing (default: ${DEFAULT-VALUE}; env SUMMITBOT_DB)")
    Path db;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "${env:SUMMITBOT_MODELS:-models}",
            description = "folder with training.tsv, heldout.tsv and intent.bin (default: ${DEFAULT-VALUE})")
    Path models;

    @Option(names = "--no-encoder",
            description = "answer with the OpenNLP classifier alone, without the semantic signal (sentence encoder)")
    boolean noEncoder;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Where the command writes what it answers (standard output, or what the caller gave). */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    Core startCore() {
        return Core.start(db, models, !noEncoder, SentenceEncoder.DEFAULT_CACHE);
    }

    /** The intent model as the bot would load it (trained first, with taught questions, if stale). */
    IntentClassifier loadClassifier() {
        try (Database database = Core.openDatabase(db)) {
            return ModelTeacher.loadOrTrain(new IntentModelFiles(models), TextNormalizer.load(),
                    new UnitStore(database), new TaughtQuestions(database));
        }
    }
}
