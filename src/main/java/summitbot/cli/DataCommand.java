package summitbot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.answer.AnswerEvaluation;
import summitbot.data.DataValidation;
import summitbot.data.ExampleHarvest;
import summitbot.facts.AnswerUnit;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnitStore;

/** Checks of the training and evaluation data. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Check the training and held-out data.",
        subcommands = {DataCommand.Validate.class, DataCommand.Harvest.class, CommandLine.HelpCommand.class})
final class DataCommand {
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check the data the bot learns from and is measured on: the training and held-out questions "
                    + "are disjoint, no question has two labels, every intent has a reply, a topic and at least "
                    + DataValidation.MIN_EXAMPLES + " training questions, and every answer unit has example questions "
                    + "(taught questions included, from the database).",
                    "Prints one line per problem and exits with 1 when there is any, 0 when the data is clean."})
    static final class Validate implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            if (!Files.isDirectory(store.models())) {
                throw new CommandLine.ParameterException(store.command.commandLine(),
                        "no such folder: " + store.models());
            }
            try (Database db = store.openDatabase()) {
                DataValidation validation = new DataValidation(store.models(), new UnitStore(db), new TemplateStore(db),
                        new TaughtQuestions(db));
                List<DataValidation.Problem> problems = validation.problems();
                problems.forEach(p -> store.out().println(p));
                if (!problems.isEmpty()) {
                    store.out().flush();
                    return 1;
                }
                DataValidation.Counts c = validation.counts();
                store.out().printf(Locale.ROOT, "data OK: %,d training lines, %,d unit examples (and %,d learned), "
                                + "%,d taught questions; %,d held-out questions in %d files%n", c.trainingLines(),
                        c.unitExamples(), c.learnedExamples(), c.taught(),
                        c.heldOut(), c.heldOutFiles());
                store.out().flush();
                return 0;
            }
        }
    }

    @Command(name = "harvest", mixinStandardHelpOptions = true,
            description = {"Learn example questions for the answer units from conversation files written blind "
                    + "(chat<TAB>question<TAB>expect[<TAB>YES|NO], as eval --answers reads): every message that "
                    + "stands on its own, under the unit it expects. Small talk, declines, questions answered no, "
                    + "messages that lean on the one before, held-out questions and questions trained on already "
                    + "are left out.",
                    "Writes a Flyway migration that replaces the learned examples; the next start migrates and "
                            + "retrains."})
    static final class Harvest implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @CommandLine.Option(names = "--out", required = true, paramLabel = "FILE",
                description = "the migration to write, e.g. db/migration/V42__learned_examples.sql")
        Path out;

        @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "conversation files")
        List<Path> files;

        @Override
        public Integer call() throws IOException {
            List<AnswerEvaluation.Case> cases = new ArrayList<>();
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new CommandLine.ParameterException(store.command.commandLine(), "no such file: " + f);
                }
                cases.addAll(AnswerEvaluation.read(f));
            }
            try (Database db = store.openDatabase()) {
                UnitStore units = new UnitStore(db);
                DataValidation validation = new DataValidation(store.models(), units, new TemplateStore(db),
                        new TaughtQuestions(db));
                ExampleHarvest harvest = new ExampleHarvest(
                        units.all().stream().map(AnswerUnit::key).collect(Collectors.toSet()),
                        validation.questionsInUse());
                ExampleHarvest.Result result = harvest.harvest(cases);
                Files.writeString(out, ExampleHarvest.migration(result, files.stream().map(Path::toString).toList()));
                store.out().printf(Locale.ROOT, "harvested %,d examples (%,d of them confirmations) for %d units"
                        + " from %,d messages into %s%n", result.examples(), result.confirmations(),
                        result.byUnit().size(), cases.size(), out);
                result.skipped().forEach((why, n) -> store.out().printf(Locale.ROOT, "  skipped %,d: %s%n", n,
                        why.label()));
                store.out().flush();
                return 0;
            }
        }
    }

    private DataCommand() {
    }
}
