package summitbot.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;
import summitbot.facts.FactStore;
import summitbot.facts.PeopleDirectory;
import summitbot.facts.TemplateStore;
import summitbot.nlp.IntentClassifier;
import summitbot.nlp.IntentModelFiles;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.TextNormalizer;

/** The answering core wired together: database, stores, classifier and router. */
record Core(Database db, FactStore facts, PeopleDirectory people, IntentModelFiles models,
            IntentClassifier classifier, ReplyRouter router) implements AutoCloseable {

    static Database openDatabase(Path dbFile) {
        return Database.open(dbFile);
    }

    static Core start(Path dbFile, Path modelsDir) {
        IntentModelFiles models = new IntentModelFiles(modelsDir);
        // Loading the models and opening the database take similar time: do them side by side.
        CompletableFuture<IntentClassifier> loading =
                CompletableFuture.supplyAsync(() -> models.loadOrTrain(TextNormalizer.load()));
        Database db;
        try {
            db = openDatabase(dbFile);
        } catch (RuntimeException e) {
            loading.cancel(true);
            throw e;
        }
        try {
            FactStore facts = new FactStore(db);
            PeopleDirectory people = new PeopleDirectory(db);
            IntentClassifier classifier = join(loading);
            ReplyRouter router = new ReplyRouter(classifier, ScopeGate.DEFAULT, facts, people,
                    new TemplateStore(db), ConversationMemory.standard());
            return new Core(db, facts, people, models, classifier, router);
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
        db.close();
    }
}
