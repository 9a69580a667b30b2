package summitbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import summitbot.nlp.Intents;

/** The terminal chat: one conversation on standard input and output. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat in the terminal; type exit (or end the input) to leave.")
final class ChatCommand implements Runnable, ReadsInput {
    private static final String CONVERSATION = "terminal";

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
        PrintWriter out = store.out();
        boolean interactive = System.console() != null && in == System.in;
        try (Core core = store.startCore()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            if (interactive) {
                out.println(core.router().answerIntent(CONVERSATION, Intents.GREETING).reply());
            }
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = reader.readLine();
                if (line == null || line.strip().equalsIgnoreCase("exit") || line.strip().equalsIgnoreCase("quit")) {
                    break;
                }
                // "topics" is the terminal's /topics: the out-of-scope reply points here.
                out.println(line.strip().equalsIgnoreCase("topics")
                        ? core.router().answerIntent(CONVERSATION, Intents.HELP).reply()
                        : core.router().answer(CONVERSATION, line, "terminal").reply());
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
