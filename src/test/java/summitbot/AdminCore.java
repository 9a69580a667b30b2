package summitbot;

import java.nio.file.Path;
import java.util.Set;
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
import summitbot.nlp.LiveClassifier;
import summitbot.nlp.ScopeGate;
import summitbot.nlp.SemanticSignal;

/**
 * The answering core with its admin commands, wired as the bot runs it over a test database:
 * the shared classifier, an unanswered-question log, a model teacher on {@code models} and one admin.
 */
public record AdminCore(ReplyRouter router, ModelTeacher teacher, AdminCommands admin, UnansweredLog unanswered)
        implements AutoCloseable {

    public static AdminCore wire(Database db, Path models, long adminId, SemanticSignal semantic) {
        LiveClassifier live = new LiveClassifier(TestCore.classifier());
        FactStore facts = new FactStore(db);
        PeopleDirectory people = new PeopleDirectory(db);
        UnansweredLog unanswered = new UnansweredLog(db);
        UnitStore units = new UnitStore(db);
        ReplyRouter router = new ReplyRouter(live, ScopeGate.DEFAULT, facts, people, new TemplateStore(db), units,
                ConversationMemory.standard(), unanswered, semantic, IntentFusion.DEFAULT);
        ModelTeacher teacher = new ModelTeacher(new TaughtQuestions(db), units, new IntentModelFiles(models), live,
                ScopeGate.DEFAULT, semantic);
        AdminCommands admin = new AdminCommands(new AdminDirectory(Set.of(adminId), new AdminList(db)), facts, people,
                unanswered, teacher, router.intents(), new SentAnswers(db), units, router::wording);
        return new AdminCore(router, teacher, admin, unanswered);
    }

    /** Stops a retraining in progress and writes the questions still queued for review (before the database closes). */
    @Override
    public void close() {
        teacher.close();
        unanswered.close();
    }
}
