package summitbot.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import summitbot.facts.DatabaseException;
import summitbot.facts.FactException;
import summitbot.ops.ConsoleEncoder;

/**
 * {@code summit-bot}: with no command, the terminal chat (or the Telegram bot when a token is
 * set); subcommands for asking, training, evaluating, benchmarking and editing facts.
 */
@Command(name = "summit-bot", mixinStandardHelpOptions = true, version = "summit-bot 0.1.0",
        description = "Answers questions about the AP report on the first Kim Jong Un - Vladimir Putin summit.",
        subcommands = {ChatCommand.class, AskCommand.class, TrainCommand.class, EvalCommand.class,
                FactsCommand.class, AdminsCommand.class, DataCommand.class, BenchCommand.class, ServeCommand.class,
                TelegramBenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable, ReadsInput, CommandLine.IExitCodeGenerator {
    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    private InputStream in = System.in;
    private int exitCode;

    @Override
    public void input(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            exitCode = new ServeCommand(store, spec).call();
            return;
        }
        ChatCommand chat = new ChatCommand(store);
        chat.input(in);
        chat.run();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exit = execute(System.in, out, err, args);
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** Runs the command line on the given streams and returns its exit code; failures become one line on err. */
    public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        String logFormat = System.getenv("SUMMITBOT_LOG_FORMAT");
        if (!ConsoleEncoder.isFormat(logFormat)) {
            err.println("summit-bot: SUMMITBOT_LOG_FORMAT must be text or json, not " + logFormat);
            err.flush();
            return 2;
        }
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K command = defaults.create(type);
                if (command instanceof ReadsInput reader) {
                    reader.input(in);
                }
                return command;
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        // Bad arguments: one line saying what is wrong and where help is, not the whole usage text.
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine wrong = e.getCommandLine();
            PrintWriter printer = wrong.getErr();
            printer.println("summit-bot: " + oneLine(e) + " (see: " + wrong.getCommandSpec().qualifiedName() + " --help)");
            printer.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter printer = commandLine.getErr();
            printer.println("summit-bot: " + oneLine(e));
            printer.flush();
            // A bad argument found while running (a missing file, a bad setting) is still a bad argument.
            if (e instanceof CommandLine.ParameterException || e instanceof BadSetting) {
                return 2;
            }
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
