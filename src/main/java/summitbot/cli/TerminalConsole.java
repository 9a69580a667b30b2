package summitbot.cli;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import summitbot.nlp.Progress;

/**
 * The chat at a person's terminal, through JLine: line editing (arrow keys, Home/End, Ctrl-A/E...)
 * and this session's history (Up/Down). Ctrl-D on an empty line and Ctrl-C leave on a fresh line.
 */
final class TerminalConsole implements ChatConsole {
    private static final String PROMPT = "> ";

    private final Terminal terminal;
    private final LineReader reader;

    TerminalConsole(Terminal terminal) {
        this.terminal = terminal;
        // A question is one line as typed: no quoting, escaping or "!" history expansion ("hi!").
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("summit-bot")
                .parser(new DefaultParser().quoteChars(new char[0]).escapeChars(new char[0]))
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .build();
    }

    /** The system terminal, when standard input and output are one a person types at; else empty. */
    static Optional<TerminalConsole> system() {
        if (!stdioIsTerminal()) {
            return Optional.empty();
        }
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
            return Optional.of(new TerminalConsole(terminal));
        } catch (IOException | RuntimeException e) {
            // No terminal JLine can drive: the plain console still works, without line editing.
            return Optional.empty();
        }
    }

    // Up to Java 21 there is a Console only when both streams are a terminal; from Java 22 there
    // is one even when they are redirected, and isTerminal() tells (called reflectively: we build for 17).
    static boolean stdioIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public String readLine() {
        try {
            return reader.readLine(PROMPT);
        } catch (EndOfFileException | UserInterruptException e) {
            // Ctrl-D or Ctrl-C: JLine has already moved to a fresh line for the shell's prompt.
            return null;
        }
    }

    @Override
    public void println(String line) {
        terminal.writer().println(line);
        terminal.writer().flush();
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public Progress progress() {
        // Above the prompt, so a line that arrives while the person types does not break theirs.
        return reader::printAbove;
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
