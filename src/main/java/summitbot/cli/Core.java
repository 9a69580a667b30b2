package summitbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import summitbot.admin.AdminCommands;
import summitbot.admin.AdminDirectory;
import summitbot.admin.ModelTeacher;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.AdminList;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.SentAnswers;
import summitbot.facts.TaughtQuestions;
import summitbot.facts.TemplateStore;
import summitbot.facts.UnansweredLog;
import summitbot.facts.UnitStore;
import summitbot.nlp.IntentFusion;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.LabeledQuestion;
import summitbot.nlp.SemanticSignal;
import summitbot.nlp.SentenceEncoder;
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.Progress;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.TextNormalizer;

/** The answering core wired together: database, stores, live classifier, router and admin commands. */
record Core(Database db, FactStore facts, PeopleDirectory people, IntentModelFiles models, LiveClassifier classifier,
            SemanticSignal semantic, ReplyRouter router, ModelTeacher teacher, AdminCommands admin,
            UnansweredLog unanswered) implements AutoCloseable {

    static Database openDatabase(Path dbFile) {
        return openDatabase(dbFile, Progress.silent());
    }

    /** Opens the database; a new one is created and seeded first, which {@code progress} hears about. */
    static Database openDatabase(Path dbFile, Progress progress) {
        if (Files.exists(dbFile)) {
            return Database.open(dbFile);
        }
        return progress.step("creating and seeding the database " + dbFile, "database ready",
                () -> Database.open(dbFile));
    }

    static Core start(Path dbFile, Path modelsDir) {
        return start(dbFile, modelsDir, true, SentenceEncoder.DEFAULT_CACHE, Progress.silent());
    }

    /**
     * @param encoder whether the semantic signal helps the classifier (loaded in the background)
     * @param questionCache how many recent questions' vectors the encoder keeps
     * @param progress hears about the slow steps of a first run
     */
    static Core start(Path dbFile, Path modelsDir, boolean encoder, int questionCache, Progress progress) {
        IntentModelFiles models = new IntentModelFiles(modelsDir);
        // Loading the language models and opening the database take similar time: side by side.
        CompletableFuture<TextNormalizer> loading = CompletableFuture.supplyAsync(TextNormalizer::load);
        Database db = openDatabase(dbFile, progress);
        try {
            FactStore facts = new FactStore(db);
            PeopleDirectory people = new PeopleDirectory(db);
            TaughtQuestions taught = new TaughtQuestions(db);
            UnitStore units = new UnitStore(db);
            // The training data is read once for both models.
            List<LabeledQuestion> data = ModelTeacher.trainingData(models, units, taught);
            LiveClassifier live = new LiveClassifier(models.loadOrTrain(join(loading), data, progress));
            SemanticSignal semantic = encoder
                    ? SemanticSignal.loading(models, ModelTeacher.semanticData(data, units), questionCache, progress)
                    : SemanticSignal.none();
            UnansweredLog unanswered = new UnansweredLog(db);
            ReplyRouter router = new ReplyRouter(live, ScopeGate.DEFAULT, facts, people, new TemplateStore(db),
                    units, ConversationMemory.standard(), unanswered, semantic, IntentFusion.DEFAULT);
            ModelTeacher teacher = new ModelTeacher(taught, units, models, live, ScopeGate.DEFAULT, semantic);
            AdminDirectory admins = new AdminDirectory(adminIds(), new AdminList(db));
            AdminCommands admin = new AdminCommands(admins, facts, people, unanswered, teacher, router.intents(),
                    new SentAnswers(db), units, router::wording);
            return new Core(db, facts, people, models, live, semantic, router, teacher, admin, unanswered);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A router over the same stores and models with another fusion setting (for {@code eval --sweep}). */
    ReplyRouter routerWith(IntentFusion fusion) {
        return new ReplyRouter(classifier, ScopeGate.DEFAULT, facts, people, new TemplateStore(db), new UnitStore(db),
                ConversationMemory.standard(), null, semantic, fusion);
    }

    private static java.util.Set<Long> adminIds() {
        try {
            return AdminDirectory.parseIds(System.getenv("SUMMITBOT_ADMINS"));
        } catch (IllegalArgumentException e) {
            throw new BadSetting("SUMMITBOT_ADMINS: " + e.getMessage());
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        teacher.close();
        // Questions still queued for the admins' review are written before the database closes.
        unanswered.close();
        db.close();
    }
}
