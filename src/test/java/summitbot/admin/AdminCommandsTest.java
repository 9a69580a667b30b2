package summitbot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.TestCore;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.AdminList;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.TemplateStore;
import summitbot.facts.SentAnswers;
import summitbot.facts.UnansweredLog;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.SemanticSignal;

class AdminCommandsTest {
    private static final long ADMIN = 1001;
    private static final long STORED_ADMIN = 1002;
    private static final long USER = 4242;

    @TempDir
    Path dir;

    private Database db;
    private FactStore facts;
    private LiveClassifier live;
    private ReplyRouter router;
    private ModelTeacher teacher;
    private AdminCommands admin;
    private UnansweredLog unanswered;
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        db = TestCore.database(dir);
        facts = new FactStore(db);
        Path models = Files.createDirectories(dir.resolve("models"));
        Files.copy(Path.of("models", "training.tsv"), models.resolve("training.tsv"));
        Files.copy(Path.of("models", "heldout.tsv"), models.resolve("heldout.tsv"));
        live = new LiveClassifier(TestCore.classifier());
        PeopleDirectory people = new PeopleDirectory(db);
        unanswered = new UnansweredLog(db);
        UnitStore units = new UnitStore(db);
        router = new ReplyRouter(live, ScopeGate.DEFAULT, facts, people, new TemplateStore(db), units,
                ConversationMemory.standard(), unanswered);
        teacher = new ModelTeacher(new TaughtQuestions(db), units, new IntentModelFiles(models), live, ScopeGate.DEFAULT);
        AdminList stored = new AdminList(db);
        stored.add(STORED_ADMIN, "test");
        admin = new AdminCommands(new AdminDirectory(Set.of(ADMIN), stored), facts, people, unanswered, teacher,
                router.intents(), new SentAnswers(db), units, router::wording);
    }

    @AfterEach
    void close() {
        teacher.close();
        unanswered.close();
        db.close();
    }

    private String run(long user, String command, String args) {
        return String.join("\n", admin.run(user, true, command, args, told::add).messages());
    }

    @Test
    void anAdminsNewLocationIsWhatTheNextUserHears() {
        assertThat(run(ADMIN, "set", "location.place Russky Island, Vladivostok"))
                .contains("location.place is now: Russky Island, Vladivostok");
        assertThat(router.answer("user", "where is the summit?").reply()).contains("Russky Island, Vladivostok");
    }

    @Test
    void anAdminStoredInTheDatabaseMayRunCommands() {
        assertThat(run(STORED_ADMIN, "set", "date.day April 25, 2019")).contains("is now: April 25, 2019");
    }

    @Test
    void aNonAdminIsRefusedLearnsNothingAndChangesNothing() {
        assertThat(run(USER, "set", "location.place Moscow")).isEqualTo("That command is for admins.");
        assertThat(run(USER, "set", "no.such.key Moscow")).isEqualTo("That command is for admins.");
        assertThat(run(USER, "facts", "")).isEqualTo("That command is for admins.");
        assertThat(facts.value("location.place")).contains("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
        assertThat(facts.auditTrail()).isEmpty();
    }

    @Test
    void aRefusalIsWordedByItsReplyTemplateSoARewordingShowsInTheNextReply() {
        db.write(c -> {
            try (var ps = c.prepareStatement("UPDATE reply_template SET template = ? WHERE name = ?")) {
                ps.setString(1, "Only the newsroom's admins may run /{command.name}.");
                ps.setString(2, "command.admins_only");
                return ps.executeUpdate();
            }
        });
        assertThat(run(USER, "set", "location.place Moscow")).isEqualTo("Only the newsroom's admins may run /set.");
        assertThat(run(ADMIN, "nosuch", "")).isEqualTo("Unknown admin command /nosuch.");
    }

    @Test
    void anAdminOutsideAPrivateChatIsRefused() {
        assertThat(admin.run(ADMIN, false, "set", "location.place Moscow", told::add).messages())
                .containsExactly("That command is for admins.");
        assertThat(facts.value("location.place")).contains("The Kim-Putin meeting is taking place in the Russian city of Vladivostok.");
    }

    @Test
    void undoRestoresAndHistoryListsEveryChangeWithItsAuthor() {
        run(ADMIN, "set", "location.place Russky Island, Vladivostok");
        run(STORED_ADMIN, "set", "location.place Far Eastern Federal University, Russky Island");
        assertThat(run(ADMIN, "undo", "location.place")).contains("back to: Russky Island, Vladivostok");

        String history = run(ADMIN, "history", "location.place");
        assertThat(history.split("\n")).hasSize(3);
        assertThat(history).contains("tg:" + ADMIN, "tg:" + STORED_ADMIN, "undo");
        assertThat(router.answer("u", "where is the summit").reply()).contains("Russky Island, Vladivostok");
    }

    @Test
    void setRefusesUnknownKeysWithSuggestionsAndMissingArgumentsWithUsage() {
        assertThat(run(ADMIN, "set", "location.plase Moscow")).contains("unknown fact", "location.place");
        assertThat(run(ADMIN, "set", "location.place")).startsWith("Usage: /set KEY VALUE");
        assertThat(run(ADMIN, "set", "")).startsWith("Usage:");
        assertThat(run(ADMIN, "set", "date.day " + "x".repeat(FactStore.MAX_VALUE_LENGTH + 1))).contains("limit");
    }

    @Test
    void factsArePagedUnderTelegramsLimit() {
        for (int i = 0; i < 40; i++) {
            facts.add("location", "location.note" + i, "n".repeat(400), "test");
        }
        List<String> pages = admin.run(ADMIN, true, "facts", "", told::add).messages();
        assertThat(pages).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 4096);
        assertThat(String.join("\n", pages)).contains("location.place = The Kim-Putin meeting is taking place in the",
                "date.day = The Kim-Putin meeting is taking place on Thursday.");
        assertThat(run(ADMIN, "facts", "food")).contains("food_aid.port = The wheat was shipped to the North Korean port")
                .doesNotContain("date.day");
    }

    @Test
    void factShowsItsIntentParagraphAndLastChanges() {
        run(ADMIN, "set", "food_aid.port Chongjin port");
        assertThat(run(ADMIN, "fact", "food_aid.port"))
                .contains("food_aid.port = Chongjin port", "intent: food_aid", "article paragraph: 8", "tg:" + ADMIN,
                        "answer unit: fact, answers place;");
    }

    @Test
    void addAndAliasExtendWhatTheBotKnows() {
        assertThat(run(ADMIN, "add", "location location.venue the Far Eastern Federal University"))
                .startsWith("Added location.venue");
        assertThat(router.answer("u", "which university is it at?").reply())
                .contains("The Far Eastern Federal University");
        assertThat(run(ADMIN, "add", "nonsense x.y z")).startsWith("Unknown intent nonsense");

        assertThat(run(ADMIN, "alias", "xi_jinping paramount leader")).contains("now names Xi Jinping");
        assertThat(router.answer("u2", "how many summits has kim held with the paramount leader").reply())
                .contains("four summits");
    }

    @Test
    void unansweredQuestionsAreCountedWithTheBestGuessAndNoUserId() {
        router.answer("user-4242", "how old is putin", "private");
        router.answer("user-777", "How old is Putin?", "group");
        router.answer("user-777", "what is the weather in vladivostok", "private");

        String list = run(ADMIN, "unanswered", "");
        assertThat(list.split("\n")[0]).startsWith("2× ").containsIgnoringCase("how old is putin").contains("best guess");
        assertThat(list).contains("1× \"what is the weather in vladivostok\"");
        String everything = db.read(c -> {
            StringBuilder all = new StringBuilder();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM unanswered")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        all.append(rs.getString(i)).append('|');
                    }
                }
            }
            return all.toString();
        });
        // Not after a point or colon: a timestamp's milliseconds (".777Z") and a score's digits are no id.
        assertThat(everything).doesNotContainPattern("(?<![\\d.:])(4242|777)(?!\\d)").contains("private", "group");
    }

    @Test
    void exportIsAJsonDocumentOfEveryFact() throws Exception {
        AdminResponse r = admin.run(ADMIN, true, "export", "", told::add);
        JsonNode json = new ObjectMapper().readTree(r.document().content());
        assertThat(r.document().fileName()).endsWith(".json");
        assertThat(json.get("facts").size()).isEqualTo(facts.list("").size());
        List<String> keys = new ArrayList<>();
        json.get("facts").forEach(f -> keys.add(f.get("key").asText()));
        assertThat(keys).contains("location.place", "food_aid.port");
    }

    @Test
    void teachingFixesAMisclassifiedQuestionWhileUsersKeepBeingAnswered() throws Exception {
        String question = "which harbour town";
        assertThat(router.answer("u", question).intent()).isEqualTo("out_of_scope");

        assertThat(run(ADMIN, "teach", "location " + question)).contains("retraining");
        List<String> answeredMeanwhile = new ArrayList<>();
        long slowestNanos = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (told.isEmpty() && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            answeredMeanwhile.add(router.answer("stream", "how many workers are in russia").reply());
            slowestNanos = Math.max(slowestNanos, System.nanoTime() - start);
            Thread.sleep(2);
        }
        assertThat(teacher.awaitIdle(30, TimeUnit.SECONDS)).isTrue();

        assertThat(answeredMeanwhile).hasSizeGreaterThan(10).allMatch(reply -> reply.contains("10,000"));
        assertThat(slowestNanos).as("slowest answer during retraining, ns").isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
        assertThat(told).singleElement().asString().contains("New model is live", "Held-out accuracy", "location");
        assertThat(router.answer("u", question).intent()).isEqualTo("location");
        assertThat(router.answer("u", question).reply()).contains("Vladivostok");
        assertThat(new TaughtQuestions(db).all()).singleElement()
                .satisfies(t -> assertThat(t.taughtBy()).isEqualTo("tg:" + ADMIN));
    }

    @Test
    void aTaughtQuestionAlsoReachesTheSemanticIndex() throws Exception {
        // Its own copy of the signal (the shared one must not learn this question), loaded from the
        // index the tests keep for the same data.
        SemanticSignal semantic = SemanticSignal.loading(new IntentModelFiles(Path.of("target", "test-models")),
                TestCore.semanticData(), 0).awaitReady();
        IntentModelFiles files = new IntentModelFiles(dir.resolve("models"));
        UnitStore units = new UnitStore(db);
        String question = "which harbour town";
        try (ModelTeacher withSignal = new ModelTeacher(new TaughtQuestions(db), units, files, live,
                ScopeGate.DEFAULT, semantic)) {
            assertThat(semantic.similarities(question).orElseThrow().get("location")).isLessThan(0.99);
            withSignal.teach("location", question, "tg:" + ADMIN, told::add);
            assertThat(withSignal.awaitIdle(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(semantic.similarities(question).orElseThrow().get("location")).isGreaterThan(0.99);
        assertThat(files.semanticFile()).exists();
    }

    @Test
    void stoppingDoesNotWaitForARetrainingAndKeepsTheTaughtQuestion() {
        run(ADMIN, "teach", "location which harbour town");
        long start = System.nanoTime();
        teacher.close();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(new TaughtQuestions(db).all()).hasSize(1);
    }

    @Test
    void teachRefusesUnknownIntentsAndEmptyQuestions() {
        assertThat(run(ADMIN, "teach", "weather is it sunny")).startsWith("Unknown intent weather");
        assertThat(run(ADMIN, "teach", "location")).startsWith("Usage: /teach");
        assertThat(new TaughtQuestions(db).all()).isEmpty();
    }
}
