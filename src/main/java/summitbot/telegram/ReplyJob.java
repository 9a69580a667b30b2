package summitbot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import summitbot.facts.SentAnswers;

/**
 * Everything for one update, in its chat's lane: ask the core once, send the reply's messages in
 * order (one per step, so waits park the lane), then mark the update handled in the inbox.
 */
final class ReplyJob implements FairScheduler.Job {
    /** Where an update's progress is recorded: the inbox, or nowhere for one answered before it could be stored. */
    interface Ledger {
        void partsSent(int updateId, int parts);

        void handled(int updateId, String outcome);
    }

    private static final Logger log = LoggerFactory.getLogger(ReplyJob.class);

    private final int updateId;
    private final Action action;
    private final Action.Where where;
    private final boolean group;
    private final Responder responder;
    private final Delivery delivery;
    private final Ledger ledger;
    private final SentAnswers sentAnswers;
    private List<Outgoing> plan;
    private int next;
    private final int alreadySent;
    private int sent;
    private Delivery.Tries tries = new Delivery.Tries();
    private String failure;
    private final BotEvents events;
    private final long takenInNanos = System.nanoTime();

    /** @param alreadySent how many messages of this reply went out before a crash: they are skipped */
    ReplyJob(int updateId, Action action, Action.Where where, Responder responder, Delivery delivery,
             Ledger ledger, SentAnswers sentAnswers, int alreadySent, BotEvents events) {
        this.events = events;
        this.updateId = updateId;
        this.next = alreadySent;
        this.alreadySent = alreadySent;
        this.where = where;
        this.sentAnswers = sentAnswers;
        this.action = action;
        this.group = where.group();
        this.responder = responder;
        this.delivery = delivery;
        this.ledger = ledger;
    }

    // Which units a sent answer came from, for an admin's /why or /edit; losing it loses no reply.
    private void remember(Outgoing out, Integer messageId) {
        if (out.source() == null || messageId == null) {
            return;
        }
        try {
            Outgoing.Source s = out.source();
            sentAnswers.record(out.chatId(), messageId, s.question(), s.intent(), s.units(), s.detail());
        } catch (RuntimeException e) {
            log.warn("could not record the source of message {} in chat {}: {}", messageId, out.chatId(), e.toString());
        }
    }

    private void progress() {
        try {
            ledger.partsSent(updateId, next);
        } catch (RuntimeException e) {
            log.warn("could not record that {} messages of update {} went out: {}", next, updateId, e.toString());
        }
    }

    @Override
    public FairScheduler.Step step() {
        if (plan == null) {
            try {
                plan = responder.plan(action);
            } catch (RuntimeException e) {
                log.error("the core failed on update {} in chat {}: {}", updateId, where.chatId(), e.toString(), e);
                // The user hears that it failed, not silence (at most once a minute per chat).
                plan = responder.failed(where);
                failure = "failed";
            }
        }
        if (next < plan.size()) {
            Outgoing out = plan.get(next);
            Delivery.Attempt a = delivery.attempt(out, group, tries);
            if (!a.finished()) {
                return FairScheduler.Step.waitNanos(a.waitNanos());
            }
            if (a.sent()) {
                sent++;
                remember(out, a.messageId());
            } else {
                failure = "failed";
            }
            next++;
            tries = new Delivery.Tries();
            if (next < plan.size()) {
                // Recorded at once, on this worker: a crash now repeats none of the parts sent.
                progress();
                return FairScheduler.Step.CONTINUE;
            }
        }
        String outcome = failure != null ? failure : sent > 0 || alreadySent > 0 ? "answered" : "ignored";
        ledger.handled(updateId, outcome);
        if (sent > 0 && failure == null) {
            events.replyCompleted(System.nanoTime() - takenInNanos);
        }
        if (sent > 0 || failure != null) {
            log.info("update {}: {} in chat {} ({} message{} sent)", updateId, outcome,
                    plan.isEmpty() ? "?" : plan.get(0).chatId(), sent, sent == 1 ? "" : "s");
        }
        return FairScheduler.Step.DONE;
    }
}
