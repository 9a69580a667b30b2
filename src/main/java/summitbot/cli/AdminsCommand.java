package summitbot.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import summitbot.facts.AdminList;
import summitbot.facts.Database;

/** Who may run admin commands on Telegram, stored in the database (besides SUMMITBOT_ADMINS). */
@Command(name = "admins", mixinStandardHelpOptions = true,
        description = "Add, remove or list admins by Telegram user id (never usernames: they can change).",
        subcommands = {AdminsCommand.Add.class, AdminsCommand.Remove.class, AdminsCommand.ListAdmins.class, picocli.CommandLine.HelpCommand.class})
final class AdminsCommand {

    /** Opens the admin list, runs one operation, closes. */
    abstract static class AdminOperation implements Runnable {
        @Mixin
        StoreOptions store;

        @Override
        public void run() {
            try (Database db = store.openDatabase()) {
                run(new AdminList(db), store.out());
            }
        }

        abstract void run(AdminList admins, PrintWriter out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Make a Telegram user id an admin.")
    static final class Add extends AdminOperation {
        @Parameters(index = "0", paramLabel = "ID", description = "Telegram user id (a number)")
        long id;

        @Option(names = "--by", defaultValue = "shell", paramLabel = "NAME", description = "who adds (default: ${DEFAULT-VALUE})")
        String by;

        @Override
        void run(AdminList admins, PrintWriter out) {
            // Telegram user ids are positive; a group's or channel's id (negative) can run no command.
            if (id <= 0) {
                throw new picocli.CommandLine.ParameterException(store.command.commandLine(),
                        "a Telegram user id is a positive number (group and channel ids are negative): " + id);
            }
            out.println(admins.add(id, by) ? "added admin " + id : id + " is already an admin");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop a Telegram user id being an admin.")
    static final class Remove extends AdminOperation {
        @Parameters(index = "0", paramLabel = "ID", description = "Telegram user id (a number)")
        long id;

        @Override
        void run(AdminList admins, PrintWriter out) {
            out.println(admins.remove(id) ? "removed admin " + id : id + " was not an admin");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print the admins stored in the database, one id a line.")
    static final class ListAdmins extends AdminOperation {
        @Override
        void run(AdminList admins, PrintWriter out) {
            admins.all().forEach(out::println);
        }
    }

    private AdminsCommand() {
    }
}
