package summitbot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import summitbot.facts.Database;
import summitbot.facts.Fact;
import summitbot.facts.FactChange;
import summitbot.facts.FactDocument;
import summitbot.facts.FactException;
import summitbot.facts.FactStore;

/** The admin's fact tools from the shell, on the same store and rules as the bot. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "List, read and edit the facts replies are built from.",
        subcommands = {FactsCommand.ListFacts.class, FactsCommand.Get.class, FactsCommand.Set.class,
                FactsCommand.History.class, FactsCommand.Undo.class, FactsCommand.Export.class,
                FactsCommand.Import.class, picocli.CommandLine.HelpCommand.class})
final class FactsCommand {
    /** The largest document {@code facts import} reads. */
    static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;


    /** Opens the store, runs one operation, closes. */
    abstract static class FactOperation implements Runnable {
        @Mixin
        StoreOptions store;

        @Override
        public void run() {
            checkArguments();
            try (Database db = store.openDatabase()) {
                run(new FactStore(db));
            }
        }

        /** Refuses bad arguments before the database is opened (or created). */
        void checkArguments() {
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
                store.out().println(f.key() + "\t" + f.value());
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
            store.out().println(f.value());
            store.out().println("intent: " + f.intent());
            store.out().println("paragraph: " + (f.paragraphId() == null ? "none" : f.paragraphId()));
            store.out().println("updated: " + f.updatedAt() + " by " + f.updatedBy());
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
            store.out().println(key + "\t" + c.newValue());
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
                store.out().println("no changes: " + key + " has its value from the article");
            }
            for (FactChange c : changes) {
                store.out().println(c.describe());
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
            store.out().println(key + "\t" + (c.newValue() == null ? "(removed)" : c.newValue()));
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write all facts as a JSON document to FILE, or to standard output when FILE is -.")
    static final class Export extends FactOperation {
        @Parameters(index = "0", paramLabel = "FILE", description = "where to write, or - for standard output")
        Path file;

        @Override
        void run(FactStore facts) {
            List<Fact> all = facts.list("");
            String document = new FactDocument().export(all);
            if (file.toString().equals("-")) {
                // Standard output carries the document alone, ready for a pipe.
                store.out().println(document);
                store.out().flush();
                return;
            }
            try {
                Files.writeString(file, document, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FactException("cannot write " + file + ": " + FileProblem.describe(e));
            }
            store.out().println("exported " + all.size() + " facts to " + file);
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Apply the facts in a JSON FILE (as written by export): all are checked first, then all or nothing is applied.")
    static final class Import extends FactOperation {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "who makes the changes")
        String by;

        @Override
        void checkArguments() {
            store.existingFile(file, MAX_IMPORT_BYTES);
        }

        @Override
        void run(FactStore facts) {
            String text;
            try {
                text = Files.readString(store.existingFile(file, MAX_IMPORT_BYTES), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new FactException("cannot read " + file + ": " + FileProblem.describe(e));
            }
            FactStore.ImportResult r = facts.importAll(new FactDocument().parse(text), by);
            store.out().printf("imported %s: %d changed, %d added, %d unchanged%n", file, r.changed(), r.added(), r.unchanged());
        }
    }

    private FactsCommand() {
    }
}
