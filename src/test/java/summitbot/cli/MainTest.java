package summitbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    /** What one run of the command line printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private Run run(String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--db"))) {
            all.add("--db=" + dir.resolve("summit.db"));
        }
        int exit = Main.execute(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aDatabaseGivenBeforeTheCommandIsTheOneTheCommandUses() {
        Path other = dir.resolve("other.db");
        Run set = run("", "--db=" + other, "facts", "set", "location.place", "Russky Island, Vladivostok.", "--by", "t");
        assertThat(set.exit()).as(set.err()).isZero();
        Run there = run("", "--db=" + other, "facts", "get", "location.place");
        assertThat(there.out()).contains("Russky Island");
        Run here = run("", "facts", "get", "location.place");
        assertThat(here.out()).doesNotContain("Russky Island");
        assertThat(other).exists();
    }

    @Test
    void anHttpPortOutOfRangeIsABadArgumentWithOneLine() {
        Run r = run("", "serve", "--http-port", "70000");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("summit-bot: --http-port must be 0-65535, not 70000");
    }

    @Test
    void aMissingFileIsABadArgumentWithOneLine() {
        for (Run r : List.of(run("", "eval", dir.resolve("nope.tsv").toString()),
                run("", "eval", "--answers", dir.resolve("nope.tsv").toString()),
                run("", "facts", "import", dir.resolve("nofile.json").toString(), "--by", "t"),
                run("", "facts", "import", "/dev/zero", "--by", "t"))) {
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("summit-bot: no such file").doesNotContain("\n");
        }
    }

    @Test
    void anImportOverTenMegabytesIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, "{\"facts\": [{\"key\": \"location.place\", \"value\": \"" + "x".repeat(11 * 1024 * 1024)
                + "\"}]}");
        Run r = run("", "facts", "import", big.toString(), "--by", "t");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).contains("too large (limit 10 MB)").doesNotContain("\n");
    }

    @Test
    void benchNeedsAtLeastOneRound() {
        Run r = run("", "bench", "--rounds", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--rounds must be at least 1");
    }

    @Test
    void onlyPositiveUserIdsCanBeAdmins() {
        for (String id : List.of("0", "-5", "-1001234567890")) {
            Run r = run("", "--db=" + dir.resolve("summit.db"), "admins", "add", "--", id);
            assertThat(r.exit()).as(id + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("positive number");
        }
    }

    @Test
    void anImportIsRefusedForDuplicateKeysDeepNestingAndUnknownIntentsAndAcceptsAByteOrderMark() throws Exception {
        Path dup = dir.resolve("dup.json");
        Files.writeString(dup, "{\"facts\": [], \"facts\": []}");
        Run r1 = run("", "facts", "import", dup.toString(), "--by", "t");
        assertThat(r1.exit()).isEqualTo(1);
        assertThat(r1.err()).contains("not valid JSON").contains("Duplicate");

        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(3_000) + "]".repeat(3_000));
        Run r2 = run("", "facts", "import", deep.toString(), "--by", "t");
        assertThat(r2.exit()).isEqualTo(1);
        assertThat(r2.err().strip()).startsWith("summit-bot: import refused").doesNotContain("\n")
                .doesNotContain("NullPointer");

        Path intent = dir.resolve("intent.json");
        Files.writeString(intent, "{\"facts\": [{\"key\": \"nope.fact\", \"intent\": \"nope\", \"value\": \"x\","
                + " \"new\": true}]}");
        Run r3 = run("", "facts", "import", intent.toString(), "--by", "t");
        assertThat(r3.exit()).isEqualTo(1);
        assertThat(r3.err()).contains("no intent is called nope");

        Path bom = dir.resolve("bom.json");
        Files.writeString(bom, "\uFEFF{\"facts\": [{\"key\": \"location.place\", \"value\": \"Russky Island.\"}]}");
        Run r4 = run("", "facts", "import", bom.toString(), "--by", "t");
        assertThat(r4.exit()).as(r4.err()).isZero();
        assertThat(run("", "facts", "get", "location.place").out()).contains("Russky Island.");
    }

    @Test
    void askPrintsOnlyTheReply() {
        Run r = run("", "ask", "where is the summit?");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.")
                .doesNotContain("\n");
    }

    @Test
    void askJsonAnswersOneObjectPerLineAndJoinsConversations() throws Exception {
        String input = """
                {"chat":"a","text":"how many summits has kim held with xi"}
                {"chat":"a","text":"and with moon?"}
                where is the summit
                """;
        Run r = run(input, "ask", "--json");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        JsonNode second = json.readTree(lines[1]);
        assertThat(second.get("question").asText()).isEqualTo("and with moon?");
        assertThat(second.get("intent").asText()).isEqualTo("summit_count");
        assertThat(second.get("reply").asText()).contains("three summits");
        assertThat(second.get("entities").get(0).get("id").asText()).isEqualTo("moon_jae_in");
        assertThat(json.readTree(lines[2]).get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void theOutOfScopeReplyInTheTerminalPointsToTopicsWhichListsThem() {
        Run r = run("what is the capital of peru\ntopics\n", "chat");
        String[] lines = r.out().strip().split("\n");
        assertThat(lines[0]).contains("Send \"topics\"");
        assertThat(lines[1]).contains("Topics:", "Workers in Russia");
    }

    @Test
    void chatAnswersEachLineUntilExit() {
        Run r = run("where is the summit\nhow many summits with trump\nexit\nwhen is it\n", "chat");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Vladivostok", "two summits").doesNotContain("Thursday");
    }

    @Test
    void chatLeavesOnlyOnceTheEncoderHasFinishedLoading() {
        java.util.Set<Thread> before = loaders();
        Run r = run("where is the summit\n", "chat");
        assertThat(r.exit()).isZero();
        // A JVM that exits while ONNX Runtime is still inside native code can crash after the last reply.
        assertThat(loaders()).isSubsetOf(before);
    }

    private static java.util.Set<Thread> loaders() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("semantic-loader") && t.isAlive())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void factsListPrintsKeyTabValueLines() {
        Run r = run("", "facts", "list", "location.");
        assertThat(r.out().strip().split("\n"))
                .contains("location.place\tThe Kim-Putin meeting is taking place in the Russian city of Vladivostok.")
                .allMatch(l -> l.contains("\t"));
    }

    @Test
    void factsSetHistoryAndUndoWorkFromTheShell() {
        assertThat(run("", "facts", "set", "date.day", "April", "25,", "2019", "--by", "alice").exit()).isZero();
        assertThat(run("", "facts", "get", "date.day").out()).startsWith("April 25, 2019");
        assertThat(run("", "facts", "history", "date.day").out())
                .contains("alice", "\"The Kim-Putin meeting is taking place on Thursday.\" -> \"April 25, 2019\"");
        assertThat(run("", "facts", "undo", "date.day", "--by", "bob").out())
                .contains("date.day\tThe Kim-Putin meeting is taking place on Thursday.");
        assertThat(run("", "ask", "when is the summit").out()).contains("Thursday");
    }

    @Test
    void anUnknownFactKeyFailsWithOneLineAndExitOne() {
        run("", "facts", "list"); // the database is created (reported on stderr) before
        Run r = run("", "facts", "set", "location.plac", "Moscow", "--by", "alice");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("summit-bot: unknown fact location.plac").doesNotContain("\n");
    }

    @Test
    void missingArgumentsAreReportedWithUsageAndExitTwo() {
        Run r = run("", "facts", "set", "location.place");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).contains("Missing required", "summit-bot facts set --help").doesNotContain("\n");
    }

    @Test
    void aReadOnlyDatabaseFailsWithOneLineAndNoStackTrace() throws Exception {
        Path db = dir.resolve("ro.db");
        assertThat(run("", "facts", "list", "--db=" + db).exit()).isZero();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("", "ask", "where is the summit", "--db=" + db);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).contains("read-only").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void evalPrintsAccuracyFigures() throws Exception {
        Path file = dir.resolve("tiny.tsv");
        Files.writeString(file, "location\twhere is the summit\nout_of_scope\twhat is the capital of peru\n");
        Run r = run("", "eval", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("in-scope accuracy", "out-of-scope recall", "macro F1", "most confused");
    }

    @Test
    void evalOfAnswersPrintsEachMissOrEveryReplyWithWhyItWasGiven() throws Exception {
        Path file = dir.resolve("chats.tsv");
        Files.writeString(file, "a1\twhere is the summit\tlocation.place\na2\twhen is the summit\tlocation.place\n");
        Run wrong = run("", "eval", "--answers", file.toString(), "--wrong");
        assertThat(wrong.exit()).as(wrong.err()).isZero();
        assertThat(wrong.out()).contains("WRONG a2\twhen is the summit\texpected location.place", "why: ")
                .doesNotContain("a1\t");
        Run all = run("", "eval", "--answers", file.toString(), "--all");
        assertThat(all.out()).contains("RIGHT a1\twhere is the summit", "WRONG a2\t");
        assertThat(all.out().lines().filter(l -> l.startsWith("RIGHT a1")).findFirst().orElseThrow())
                .contains("why: ", "location.place");
    }

    @Test
    void factsExportAndImportRoundTripAndABadImportChangesNothing() throws Exception {
        Path file = dir.resolve("facts.json");
        assertThat(run("", "facts", "export", file.toString()).out()).startsWith("exported ");
        String edited = Files.readString(file).replace(
                "\"The Kim-Putin meeting is taking place in the Russian city of Vladivostok.\"",
                "\"They meet on Russky Island, Vladivostok.\"");
        Files.writeString(file, edited);
        assertThat(run("", "facts", "import", file.toString(), "--by", "alice").out()).contains("1 changed");
        assertThat(run("", "ask", "where is the summit").out()).contains("Russky Island, Vladivostok");

        Files.writeString(file, edited.replace("\"The Kim-Putin meeting is taking place on Thursday.\"", "\"\""));
        Run bad = run("", "facts", "import", file.toString(), "--by", "alice");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("nothing changed");
        assertThat(run("", "facts", "get", "date.day").out()).startsWith("The Kim-Putin meeting is taking place on Thursday.");
    }

    @Test
    void adminsAreAddedListedAndRemovedByUserId() {
        assertThat(run("", "admins", "add", "12345").out()).contains("added admin 12345");
        assertThat(run("", "admins", "list").out().strip()).isEqualTo("12345");
        assertThat(run("", "admins", "remove", "12345").out()).contains("removed admin 12345");
        assertThat(run("", "admins", "add", "not-a-number").exit()).isEqualTo(2);
    }

    @Test
    void helpWorksLikeDashDashHelpForTheToolAndForACommand() {
        assertThat(run("", "help").out()).isEqualTo(run("", "--help").out()).contains("Commands:", "data");
        assertThat(run("", "help", "facts").out()).isEqualTo(run("", "facts", "--help").out());
        assertThat(run("", "data", "help", "validate").out()).isEqualTo(run("", "data", "validate", "--help").out());
        assertThat(run("", "facts", "help", "set").out()).isEqualTo(run("", "facts", "set", "--help").out());
    }

    @Test
    void noDescriptionIsCutMidSentence() {
        picocli.CommandLine cli = new picocli.CommandLine(new Main());
        java.util.List<String> cut = new ArrayList<>();
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(List.of(cli));
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            for (String line : c.getCommandSpec().usageMessage().description()) {
                if (!line.replace("%n", "").strip().matches("(?s).*[.?!)]")) {
                    cut.add(c.getCommandSpec().qualifiedName() + ": " + line);
                }
            }
            c.getCommandSpec().options().stream().filter(o -> o.description().length > 1)
                    .forEach(o -> cut.add(c.getCommandSpec().qualifiedName() + " " + o.longestName()));
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void factsExportToADashWritesTheDocumentToStandardOutput() throws Exception {
        Run r = run("", "facts", "export", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("facts").size()).isGreaterThan(100);
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void askJsonReportsALineItCannotAnswerAsAnErrorObjectAndGoesOn() throws Exception {
        String input = """
                {"chat":"a"}
                {"chat":"a","text":
                ["where is the summit"]
                {"chat":"a","text":"where is the summit"}
                """;
        Run r = run(input, "ask", "--json", "--no-encoder");
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 3; i++) {
            JsonNode error = json.readTree(lines[i]);
            assertThat(error.get("line").asInt()).isEqualTo(i + 1);
            assertThat(error.get("error").asText()).isNotBlank();
            assertThat(error.has("reply")).isFalse();
        }
        assertThat(json.readTree(lines[1]).get("error").asText()).startsWith("not valid JSON");
        assertThat(json.readTree(lines[3]).get("reply").asText()).contains("Vladivostok");
    }

    @Test
    void aNewDatabaseIsReportedOnStandardErrorWithTheTimeItTook() {
        Run r = run("", "facts", "list", "location.");
        assertThat(r.err()).contains("creating and seeding the database " + dir.resolve("summit.db") + "…")
                .containsPattern("database ready in \\d+\\.\\d s");
        assertThat(run("", "facts", "list", "location.").err()).doesNotContain("seeding");
    }

    @Test
    void theFirstRunReportsTrainingAndTrainReportsItsSteps() throws Exception {
        Path models = Files.createDirectory(dir.resolve("models"));
        Files.copy(Path.of("models", "training.tsv"), models.resolve("training.tsv"));
        Run first = run("", "ask", "--no-encoder", "--models=" + models, "where is the summit");
        assertThat(first.out()).contains("Vladivostok");
        assertThat(first.err()).contains("training the intent model on", "(first run only)…")
                .containsPattern("intent model trained in \\d+\\.\\d s");

        Run train = run("", "train", "--no-encoder", "--models=" + models);
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.err()).contains("training the intent model on", "400 iterations")
                .containsPattern("intent model trained in \\d+\\.\\d s");
    }

    @Test
    void dataValidatePassesOnTheShippedData() {
        Run r = run("", "data", "validate");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).startsWith("data OK: ");
    }

    @Test
    void dataHarvestWritesAMigrationAndSaysWhatItLeftOut() throws Exception {
        Path conversations = dir.resolve("talk.tsv");
        Files.writeString(conversations, "c1\twhere on earth r kim n putin gonna sit down together\tlocation.place\n"
                + "c1\twhy?\tlocation.place\nc2\tis it in moscow\tlocation.place\tNO\n");
        Path out = dir.resolve("V99__learned.sql");
        Run r = run("", "data", "harvest", "--out", out.toString(), conversations.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("harvested 1 examples (0 of them confirmations) for 1 units from 3 messages",
                "skipped 1: answered no: its premise is false", "skipped 1: leans on the conversation before it");
        assertThat(Files.readString(out)).contains("SET learned_examples = 'where on earth r kim n putin gonna sit down together'"
                + " WHERE key = 'location.place'");
    }

    @Test
    void dataHarvestOfAMissingFileIsABadArgumentWithOneLine() {
        Run r = run("", "data", "harvest", "--out", dir.resolve("x.sql").toString(), dir.resolve("none.tsv").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("summit-bot: no such file").doesNotContain("\n");
        assertThat(dir.resolve("x.sql")).doesNotExist();
    }

    @Test
    void dataValidatePrintsOneLinePerProblemAndExitsOne() throws Exception {
        Path models = Files.createDirectory(dir.resolve("models"));
        try (var files = Files.list(Path.of("models"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                Files.copy(f, models.resolve(f.getFileName()));
            }
        }
        Files.writeString(models.resolve("heldout.tsv"), "location\tmain trading partner\nlocation\tkim's goals\n",
                java.nio.file.StandardOpenOption.APPEND);
        Run r = run("", "data", "validate", "--models=" + models);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().strip().split("\n")).hasSize(2).allSatisfy(l -> assertThat(l).contains("heldout.tsv:"));
    }
}
