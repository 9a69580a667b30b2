package summitbot.cli;

import java.nio.file.Path;
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
        Database db = openDatabase(dbFile);
        try {
            FactStore facts = new FactStore(db);
            PeopleDirectory people = new PeopleDirectory(db);
            IntentModelFiles models = new IntentModelFiles(modelsDir);
            IntentClassifier classifier = models.loadOrTrain(TextNormalizer.load());
            ReplyRouter router = new ReplyRouter(classifier, ScopeGate.DEFAULT, facts, people,
                    new TemplateStore(db), ConversationMemory.standard());
            return new Core(db, facts, people, models, classifier, router);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
