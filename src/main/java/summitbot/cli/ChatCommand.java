package summitbot.cli;

import java.io.InputStream;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.answer.ReplyRouter;
import summitbot.nlp.Intents;

/** The terminal chat: one conversation on standard input and output. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat in the terminal, with line editing and history; exit, quit, Ctrl-D or Ctrl-C leaves (so does the end of piped input).")
final class ChatCommand implements Runnable, ReadsInput {
    private static final String CONVERSATION = "terminal";
    static final String HOW_TO_LEAVE = "(Type exit or quit, or press Ctrl-D, to leave.)";

    @Mixin
    StoreOptions store;

    private InputStream in = System.in;

    ChatCommand() {
    }

    ChatCommand(StoreOptions store) {
        this.store = store;
    }

    @Override
    public void input(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        Quiet.unlessAskedOtherwise();
        try (ChatConsole console = console();
             Core core = store.startCore(console.progress())) {
            converse(core.router(), console);
            // The encoder may still be loading (piped input ends in a moment): a JVM that exits while
            // ONNX Runtime is inside native code can die with SIGBUS after the last reply (seen under
            // `mvn exec:java`), so the chat leaves once loading is over.
            core.semantic().awaitReady();
        }
    }

    // A person at a terminal gets JLine; piped input (scripts, tests) plain lines, as always.
    private ChatConsole console() {
        if (in == System.in) {
            Optional<TerminalConsole> terminal = TerminalConsole.system();
            if (terminal.isPresent()) {
                return terminal.get();
            }
        }
        return new StreamConsole(in, store.out(), store.progress(),
                in == System.in && TerminalConsole.stdioIsTerminal());
    }

    /** Answers each line until the person leaves. */
    static void converse(ReplyRouter router, ChatConsole console) {
        if (console.interactive()) {
            console.println(router.answerIntent(CONVERSATION, Intents.GREETING).reply());
            console.println(HOW_TO_LEAVE);
        }
        String line;
        while ((line = console.readLine()) != null) {
            String typed = line.strip();
            if (typed.equalsIgnoreCase("exit") || typed.equalsIgnoreCase("quit")) {
                break;
            }
            if (typed.isEmpty() && console.interactive()) {
                continue;
            }
            // "topics" is the terminal's /topics: the out-of-scope reply points here.
            console.println(typed.equalsIgnoreCase("topics")
                    ? router.answerIntent(CONVERSATION, Intents.HELP).reply()
                    : router.answer(CONVERSATION, line, "terminal").reply());
        }
    }
}
