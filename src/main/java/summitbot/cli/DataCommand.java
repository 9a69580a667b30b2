package summitbot.cli;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.data.DataValidation;
import summitbot.facts.Database;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnitStore;

/** Checks of the training and evaluation data. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Check the training and held-out data.",
        subcommands = {DataCommand.Validate.class, CommandLine.HelpCommand.class})
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
                store.out().printf(Locale.ROOT, "data OK: %,d training lines, %,d unit examples, %,d taught questions; "
                                + "%,d held-out questions in %d files%n", c.trainingLines(), c.unitExamples(), c.taught(),
                        c.heldOut(), c.heldOutFiles());
                store.out().flush();
                return 0;
            }
        }
    }

    private DataCommand() {
    }
}
