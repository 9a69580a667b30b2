package summitbot.cli;

import java.nio.file.Path;
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
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.TextNormalizer;

/** The answering core wired together: database, stores, live classifier, router and admin commands. */
record Core(Database db, FactStore facts, PeopleDirectory people, IntentModelFiles models, LiveClassifier classifier,
            ReplyRouter router, ModelTeacher teacher, AdminCommands admin) implements AutoCloseable {

    static Database openDatabase(Path dbFile) {
        return Database.open(dbFile);
    }

    static Core start(Path dbFile, Path modelsDir) {
        IntentModelFiles models = new IntentModelFiles(modelsDir);
        // Loading the language models and opening the database take similar time: side by side.
        CompletableFuture<TextNormalizer> loading = CompletableFuture.supplyAsync(TextNormalizer::load);
        Database db = openDatabase(dbFile);
        try {
            FactStore facts = new FactStore(db);
            PeopleDirectory people = new PeopleDirectory(db);
            TaughtQuestions taught = new TaughtQuestions(db);
            UnitStore units = new UnitStore(db);
            LiveClassifier live = new LiveClassifier(ModelTeacher.loadOrTrain(models, join(loading), units, taught));
            UnansweredLog unanswered = new UnansweredLog(db);
            ReplyRouter router = new ReplyRouter(live, ScopeGate.DEFAULT, facts, people, new TemplateStore(db),
                    units, ConversationMemory.standard(), unanswered);
            ModelTeacher teacher = new ModelTeacher(taught, units, models, live, ScopeGate.DEFAULT);
            AdminDirectory admins = new AdminDirectory(
                    AdminDirectory.parseIds(System.getenv("SUMMITBOT_ADMINS")), new AdminList(db));
            AdminCommands admin = new AdminCommands(admins, facts, people, unanswered, teacher, router.intents(),
                    new SentAnswers(db), units);
            return new Core(db, facts, people, models, live, router, teacher, admin);
        } catch (RuntimeException e) {
            db.close();
            throw e;
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
        db.close();
    }
}
