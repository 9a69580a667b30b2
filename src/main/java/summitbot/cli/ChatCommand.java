package summitbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The terminal chat: one conversation on standard input and output. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat in the terminal; type exit (or end the input) to leave.")
final class ChatCommand implements Runnable {
    private static final String CONVERSATION = "terminal";

    @Mixin
    StoreOptions store;

    ChatCommand() {
    }

    ChatCommand(StoreOptions store) {
        this.store = store;
    }

    @Override
    public void run() {
        Quiet.unlessAskedOtherwise();
        PrintStream out = System.out;
        boolean interactive = System.console() != null;
        try (Core core = store.startCore()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            if (interactive) {
                out.println(core.router().answerIntent(CONVERSATION, "greeting").reply());
            }
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("exit") || line.strip().equalsIgnoreCase("quit")) {
                    break;
                }
                out.println(core.router().answer(CONVERSATION, line).reply());
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
