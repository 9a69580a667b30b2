package summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;
import summitbot.nlp.Progress;

/** The terminal chat at a (virtual) terminal, keystroke by keystroke, and over a pipe. */
class ChatCommandTest {
    private static final String ENTER = "\r";
    private static final String UP = "\u001b[A";
    private static final String LEFT = "\u001b[D";
    private static final String CTRL_A = "\u0001";
    private static final String CTRL_C = "\u0003";
    private static final String CTRL_D = "\u0004";
    private static final String END = "[end of test]";

    @TempDir
    static Path dir;

    private static Database db;
    private static ReplyRouter router;

    @BeforeAll
    static void core() {
        db = TestCore.database(dir);
        router = TestCore.classifierOnlyRouter(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /**
     * What the terminal showed when a person typed each of {@code keys} at the next prompt. The
     * fake terminal answers JLine's start-up queries (device attributes, cursor position) as a
     * real one would, and each piece is typed once the prompt is up, as a person would.
     */
    private static String typed(String... keys) throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        Screen screen = new Screen(keyboard);
        ExecutorService chat = Executors.newSingleThreadExecutor();
        // A terminal over plain streams (no pseudo-terminal), interpreting keys as an xterm does.
        try (Terminal terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(keyboard, 1 << 16), screen,
                StandardCharsets.UTF_8);
             TerminalConsole console = new TerminalConsole(terminal)) {
            terminal.setSize(new Size(200, 40));
            Future<?> done = chat.submit(() -> ChatCommand.converse(router, console));
            for (int i = 0; i < keys.length; i++) {
                screen.awaitPrompts(i + 1);
                keyboard.write(keys[i].getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            }
            done.get(30, TimeUnit.SECONDS);
            // The terminal passes output on from a thread of its own: all of it is out once this is.
            console.println(END);
            screen.awaitText(END);
        } finally {
            chat.shutdownNow();
        }
        String shown = screen.toString();
        return visible(shown.substring(0, shown.indexOf(END)));
    }

    // The text a person sees: without the terminal's control sequences.
    private static String visible(String screen) {
        return screen.replaceAll("\u001b\\[[?0-9;$]*[a-zA-Z]|\u001b[=>78]|\r", "");
    }

    /** A terminal screen that answers JLine's queries and tells when a prompt is up. */
    private static final class Screen extends OutputStream {
        // Each readLine switches bracketed paste on just before it shows the prompt.
        private static final String PROMPT = "\u001b[?2004h> ";
        private final StringBuilder shown = new StringBuilder();
        private final OutputStream keyboard;

        Screen(OutputStream keyboard) {
            this.keyboard = keyboard;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            shown.append((char) b);
            String tail = shown.substring(Math.max(0, shown.length() - 12));
            if (tail.endsWith("\u001b[6n")) {
                answer("\u001b[1;1R");
            } else if (tail.endsWith("\u001b[c")) {
                answer("\u001b[?62;22c");
            } else if (tail.matches("(?s).*\u001b\\[\\?\\d+\\$p")) {
                // A mode query (DECRQM): "not recognised".
                answer(tail.substring(tail.lastIndexOf("\u001b[?")).replace("$p", ";0$y"));
            }
            notifyAll();
        }

        private void answer(String reply) throws IOException {
            keyboard.write(reply.getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
        }

        synchronized void awaitPrompts(int n) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count(shown.toString(), PROMPT) < n && System.nanoTime() < deadline) {
                wait(100);
            }
        }

        synchronized void awaitText(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!toString().contains(text) && System.nanoTime() < deadline) {
                wait(100);
            }
        }

        @Override
        public synchronized String toString() {
            return new String(shown.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        }
    }

    private static long count(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    @Test
    void theGreetingSaysHowToLeave() throws Exception {
        String screen = typed(CTRL_D);
        assertThat(screen).contains("Hi! I'm Summit Bot.", ChatCommand.HOW_TO_LEAVE);
    }

    @Test
    void upRecallsTheLastQuestionInsteadOfSendingAnEscapeSequence() throws Exception {
        String screen = typed("where is the summit" + ENTER, UP + ENTER, CTRL_D);
        assertThat(count(screen, "taking place in the Russian city of Vladivostok")).isEqualTo(2);
        assertThat(screen).doesNotContain("^[[A");
    }

    @Test
    void arrowKeysAndCtrlAEditTheLine() throws Exception {
        String screen = typed("is the sumit" + LEFT + LEFT + "m" + CTRL_A + "where " + ENTER, CTRL_D);
        assertThat(screen).contains("Vladivostok").doesNotContain("^[[D");
    }

    @Test
    void ctrlDLeavesOnAFreshLine() throws Exception {
        String screen = typed("where is the summit" + ENTER, CTRL_D);
        assertThat(screen).contains("Vladivostok").endsWith("> \n");
    }

    @Test
    void ctrlCLeavesOnAFreshLine() throws Exception {
        String screen = typed("where is the su" + CTRL_C);
        assertThat(screen).endsWith("> where is the su\n").doesNotContain("Vladivostok");
    }

    @Test
    void quitAndExitLeave() throws Exception {
        assertThat(typed("quit" + ENTER)).doesNotContain("Sorry");
        assertThat(typed(" EXIT " + ENTER)).doesNotContain("Sorry");
    }

    @Test
    void pipedInputGetsOnlyTheRepliesWithNoGreetingOrPrompt() {
        StringWriter out = new StringWriter();
        StreamConsole console = new StreamConsole(new ByteArrayInputStream(
                "where is the summit\nwhen is it\n".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), Progress.silent(), false);

        ChatCommand.converse(router, console);

        assertThat(out.toString().split("\n")).hasSize(2)
                .satisfiesExactly(l -> assertThat(l).contains("Vladivostok"), l -> assertThat(l).contains("Thursday"));
    }
}
