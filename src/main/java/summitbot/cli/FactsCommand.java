package summitbot.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import summitbot.facts.Database;
import summitbot.facts.Fact;
import summitbot.facts.FactChange;
import summitbot.facts.FactStore;

/** The admin's fact tools from the shell, on the same store and rules as the bot. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "List, read and edit the facts replies are built from.",
        subcommands = {FactsCommand.ListFacts.class, FactsCommand.Get.class, FactsCommand.Set.class,
                FactsCommand.History.class, FactsCommand.Undo.class})
final class FactsCommand {

    /** Opens the store, runs one operation, closes. */
    abstract static class FactOperation implements Runnable {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        @Override
        public void run() {
            try (Database db = Core.openDatabase(store.db)) {
                run(new FactStore(db));
            }
        }

        abstract void run(FactStore facts);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print KEY<TAB>VALUE for every fact (or those starting with PREFIX).")
    static final class ListFacts extends FactOperation {
        @Parameters(arity = "0..1", paramLabel = "PREFIX")
        String prefix;

        @Override
        void run(FactStore facts) {
            for (Fact f : facts.list(prefix)) {
                out().println(f.key() + "\t" + f.value());
            }
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print a fact's value, then its intent, paragraph and last change.")
    static final class Get extends FactOperation {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Override
        void run(FactStore facts) {
            Fact f = facts.get(key).orElseThrow(() -> facts.unknown(key));
            out().println(f.value());
            out().println("intent: " + f.intent());
            out().println("paragraph: " + (f.paragraphId() == null ? "none" : f.paragraphId()));
            out().println("updated: " + f.updatedAt() + " by " + f.updatedBy());
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change a fact's value (audited).")
    static final class Set extends FactOperation {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "VALUE", description = "the new value (words are joined)")
        List<String> value;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who makes the change")
        String by;

        @Override
        void run(FactStore facts) {
            FactChange c = facts.set(key, String.join(" ", value), by);
            out().println(key + "\t" + c.newValue());
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true, description = "Every change to a fact, oldest first.")
    static final class History extends FactOperation {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Override
        void run(FactStore facts) {
            List<FactChange> changes = facts.history(key);
            if (changes.isEmpty()) {
                out().println("no changes: " + key + " has its value from the article");
            }
            for (FactChange c : changes) {
                out().println(c.describe());
            }
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Revert the latest change to a fact (audited).")
    static final class Undo extends FactOperation {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who undoes the change")
        String by;

        @Override
        void run(FactStore facts) {
            FactChange c = facts.undo(key, by);
            out().println(key + "\t" + (c.newValue() == null ? "(removed)" : c.newValue()));
        }
    }

    private FactsCommand() {
    }
}
