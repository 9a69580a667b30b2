package summitbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import summitbot.answer.ReplyRouter;

/** One question from the arguments, or many as JSON lines from standard input. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Print the reply to a question.",
                "With --json, read standard input one message per line and print one JSON object per line.",
                "A line {\"chat\":\"ID\",\"text\":\"...\"} joins conversation ID; a plain line is a conversation of its own.",
                "A line that looks like JSON but is not an object with \"text\" gets {\"line\":N,\"error\":\"...\"} and is not answered."})
final class AskCommand implements Runnable, ReadsInput {
    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "read messages from standard input, answer as JSON lines")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question (words are joined)")
    List<String> words;

    @Spec
    CommandSpec spec;

    private final ObjectMapper mapper = new ObjectMapper();
    private InputStream in = System.in;

    @Override
    public void input(InputStream in) {
        this.in = in;
    }

    @Override
    public void run() {
        Quiet.unlessAskedOtherwise();
        if (!json && (words == null || words.isEmpty())) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give a question, e.g. summit-bot ask \"where is the summit?\", or use --json");
        }
        try (Core core = store.startCore()) {
            // One-off answers are worth the second it takes to load the encoder.
            core.semantic().awaitReady();
            PrintWriter out = store.out();
            if (!json) {
                out.println(core.router().answer("ask", String.join(" ", words), "cli").reply());
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                out.println(mapper.writeValueAsString(answerLine(core.router(), line, lineNumber)));
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a line that cannot be answered gets instead, and the input goes on. */
    record LineError(long line, String error) {
    }

    // A plain line is a question; a line that starts like JSON must be an object with "text".
    private Object answerLine(ReplyRouter router, String line, long lineNumber) {
        String chat = "line-" + lineNumber;
        String text = line;
        if (looksLikeJson(line)) {
            JsonNode node;
            try {
                node = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                return new LineError(lineNumber, "not valid JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject() || !node.path("text").isTextual()) {
                return new LineError(lineNumber, "expected {\"chat\":\"ID\",\"text\":\"...\"}: no \"text\" string");
            }
            text = node.get("text").asText();
            if (node.hasNonNull("chat")) {
                chat = "chat-" + node.get("chat").asText();
            }
        }
        return router.answer(chat, text, "cli");
    }

    private static boolean looksLikeJson(String line) {
        String s = line.stripLeading();
        return s.startsWith("{") || s.startsWith("[");
    }
}
