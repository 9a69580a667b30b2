package summitbot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.facts.DatabaseException;
import summitbot.facts.FactException;

/**
 * {@code summit-bot}: with no command, the terminal chat (or the Telegram bot when a token is
 * set); subcommands for asking, training, evaluating, benchmarking and editing facts.
 */
@Command(name = "summit-bot", mixinStandardHelpOptions = true, version = "summit-bot 0.1.0",
        description = "Answers questions about the AP report on the first Kim Jong Un - Vladimir Putin summit.",
        subcommands = {ChatCommand.class, AskCommand.class, TrainCommand.class, EvalCommand.class,
                FactsCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @Mixin
    StoreOptions store;

    @Override
    public void run() {
        new ChatCommand(store).run();
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code; failures become one line on stderr. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("summit-bot: " + oneLine(e));
            err.flush();
            return e instanceof FactException || e instanceof DatabaseException ? 1 : 3;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
