package summitbot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Files;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import summitbot.admin.ModelTeacher;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.Progress;
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

    /**
     * The database file: this command's {@code --db}, or one given before the command name
     * ({@code summit-bot --db X facts set ...}), or the default.
     */
    Path db() {
        return chosen("--db", db, o -> o.db);
    }

    /** The models folder, chosen like {@link #db()}. */
    Path models() {
        return chosen("--models", models, o -> o.models);
    }

    /** Whether the semantic signal is off, here or before the command name. */
    boolean noEncoder() {
        return chosen("--no-encoder", noEncoder, o -> o.noEncoder);
    }

    // Options are declared on every command (a mixin); given before a subcommand's name, they are
    // parsed by an enclosing command, so look there when this command did not get them itself.
    private <T> T chosen(String name, T own, java.util.function.Function<StoreOptions, T> of) {
        if (matched(command, name)) {
            return own;
        }
        for (CommandSpec p = command.parent(); p != null; p = p.parent()) {
            if (matched(p, name)) {
                for (CommandSpec mixin : p.mixins().values()) {
                    if (mixin.userObject() instanceof StoreOptions outer) {
                        return of.apply(outer);
                    }
                }
            }
        }
        return own;
    }

    private static boolean matched(CommandSpec spec, String name) {
        picocli.CommandLine.ParseResult r = spec.commandLine() == null ? null : spec.commandLine().getParseResult();
        return r != null && r.hasMatchedOption(name);
    }

    /** {@code file}, if it is a readable file no bigger than {@code maxBytes}; else a bad argument (exit 2). */
    Path existingFile(Path file, long maxBytes) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(command.commandLine(), "no such file: " + file);
            }
            if (Files.size(file) > maxBytes) {
                throw new CommandLine.ParameterException(command.commandLine(), file + " is too large (limit "
                        + maxBytes / (1024 * 1024) + " MB)");
            }
        } catch (java.io.IOException e) {
            throw new CommandLine.ParameterException(command.commandLine(), "cannot read " + file);
        }
        return file;
    }

    /** Where the command writes what it answers (standard output, or what the caller gave). */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /**
     * Where the slow steps of a first run are reported: this command's standard error, or the log
     * when the console speaks JSON (SUMMITBOT_LOG_FORMAT=json), so every line stays a JSON object.
     */
    Progress progress() {
        if (summitbot.ops.ConsoleEncoder.isJson(System.getenv("SUMMITBOT_LOG_FORMAT"))) {
            org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Progress.class);
            return line -> log.info("{}", line);
        }
        PrintWriter err = command.commandLine().getErr();
        return line -> {
            err.println(line);
            err.flush();
        };
    }

    /** The database, created and seeded first if missing (reported on standard error). */
    Database openDatabase() {
        return Core.openDatabase(db(), progress());
    }

    Core startCore() {
        return startCore(progress());
    }

    /** The core, with the slow steps of a first run reported to {@code progress}. */
    Core startCore(Progress progress) {
        return Core.start(db(), models(), !noEncoder(), SentenceEncoder.DEFAULT_CACHE, progress);
    }

    /** The intent model as the bot would load it (trained first, with taught questions, if stale). */
    IntentClassifier loadClassifier() {
        try (Database database = openDatabase()) {
            IntentModelFiles files = new IntentModelFiles(models());
            return files.loadOrTrain(TextNormalizer.load(), ModelTeacher.trainingData(files, new UnitStore(database),
                    new TaughtQuestions(database)), progress());
        }
    }
}
