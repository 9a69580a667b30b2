package summitbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import summitbot.admin.ModelTeacher;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.UnitStore;
import summitbot.nlp.LabeledQuestion;
import java.time.Clock;
import java.time.Duration;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.IntentFusion;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.SentenceEncoder;
import summitbot.nlp.IntentTrainer;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.TextNormalizer;
import summitbot.nlp.TrainingSet;

/**
 * The real answering core for tests: a fresh SQLite database in a temp folder and a classifier
 * trained from models/training.tsv. Training takes seconds, so one classifier is shared per test JVM.
 */
public final class TestCore {
    private static IntentClassifier classifier;
    private static SemanticSignal semantic;

    private TestCore() {
    }

    public static synchronized IntentClassifier classifier() {
        if (classifier == null) {
            classifier = new IntentTrainer(TextNormalizer.load()).train(trainingData());
        }
        return classifier;
    }

    /**
     * The semantic signal as the bot runs it, over the same training data; its index is kept in
     * target/test-models so later runs load it instead of encoding four thousand questions.
     */
    public static synchronized SemanticSignal semantic() {
        if (semantic == null) {
            semantic = SemanticSignal.loading(new IntentModelFiles(Path.of("target", "test-models")), semanticData(),
                    SentenceEncoder.DEFAULT_CACHE).awaitReady();
        }
        return semantic;
    }

    /** What the semantic index holds: {@link #trainingData}, then the units' learned examples. */
    public static List<LabeledQuestion> semanticData() {
        return inFreshDatabase(db -> ModelTeacher.semanticData(trainingData(db), new UnitStore(db)));
    }

    /** What the bot trains on: the training file, then the answer units' example questions. */
    public static List<LabeledQuestion> trainingData() {
        return inFreshDatabase(TestCore::trainingData);
    }

    private static List<LabeledQuestion> trainingData(Database db) {
        List<LabeledQuestion> data = new ArrayList<>(TrainingSet.read(Path.of("models", "training.tsv")));
        data.addAll(ModelTeacher.asTraining(new UnitStore(db), new TaughtQuestions(db)));
        return data;
    }

    // What {@code read} finds in a new seeded database, deleted afterwards.
    private static <T> T inFreshDatabase(java.util.function.Function<Database, T> read) {
        try {
            Path dir = Files.createTempDirectory("summit-training");
            try (Database db = database(dir)) {
                return read.apply(db);
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new migrated and seeded database file in {@code dir}. */
    public static Database database(Path dir) {
        return Database.open(dir.resolve("summit.db"));
    }

    public static ReplyRouter router(Database db) {
        return router(db, new ConversationMemory(Clock.systemUTC(), Duration.ofMinutes(10), 10_000));
    }

    /** The router as the bot runs it: the classifier with the semantic signal. */
    public static ReplyRouter router(Database db, ConversationMemory memory) {
        IntentClassifier model = classifier();
        return new ReplyRouter(() -> model, ScopeGate.DEFAULT, new FactStore(db), new PeopleDirectory(db),
                new TemplateStore(db), new UnitStore(db), memory, null, semantic(), IntentFusion.DEFAULT);
    }

    /** The router with the OpenNLP classifier alone. */
    public static ReplyRouter classifierOnlyRouter(Database db) {
        return new ReplyRouter(classifier(), ScopeGate.DEFAULT, new FactStore(db), new PeopleDirectory(db),
                new TemplateStore(db), new UnitStore(db), ConversationMemory.standard());
    }

    /** The intent names of ../shared/intents.md (or the copy the tests know when it is absent). */
    public static List<String> contractIntents() throws IOException {
        Path shared = Path.of("..", "shared", "intents.md");
        if (Files.exists(shared)) {
            List<String> out = new ArrayList<>();
            Matcher m = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE).matcher(Files.readString(shared));
            while (m.find()) {
                out.add(m.group(1));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of("greeting", "help", "thanks_bye", "participants", "location", "date", "kim_goals",
                "laborers", "food_aid", "sanctions", "economy", "china", "south_korea", "trade_target",
                "russia_projects", "why_now", "summit_count", "hanoi_summit", "putin_outlook", "putin_history",
                "history", "person", "source", "out_of_scope");
    }
}
