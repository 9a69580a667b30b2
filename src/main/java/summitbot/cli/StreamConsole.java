package summitbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import summitbot.nlp.Progress;

/**
 * The chat over plain streams: piped input (scripts, tests) gets one reply a line and nothing
 * else; a terminal JLine cannot drive gets the greeting and a "> " prompt.
 */
final class StreamConsole implements ChatConsole {
    private final BufferedReader in;
    private final PrintWriter out;
    private final Progress progress;
    private final boolean interactive;

    StreamConsole(InputStream in, PrintWriter out, Progress progress, boolean interactive) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.out = out;
        this.progress = progress;
        this.interactive = interactive;
    }

    @Override
    public String readLine() {
        if (interactive) {
            out.print("> ");
            out.flush();
        }
        try {
            String line = in.readLine();
            if (line == null && interactive) {
                out.println(); // Ctrl-D: the shell's prompt goes on a fresh line
                out.flush();
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void println(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    @Override
    public void close() {
        out.flush();
    }
}
