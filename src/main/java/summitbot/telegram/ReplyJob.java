package summitbot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything for one update, in its chat's lane: ask the core once, send the reply's messages in
 * order (one per step, so waits park the lane), then mark the update handled in the inbox.
 */
final class ReplyJob implements FairScheduler.Job {
    private static final Logger log = LoggerFactory.getLogger(ReplyJob.class);

    private final int updateId;
    private final Action action;
    private final boolean group;
    private final Responder responder;
    private final Delivery delivery;
    private final UpdateInbox inbox;
    private List<Outgoing> plan;
    private int next;
    private int sent;
    private Delivery.Tries tries = new Delivery.Tries();
    private String failure;

    ReplyJob(int updateId, Action action, boolean group, Responder responder, Delivery delivery, UpdateInbox inbox) {
        this.updateId = updateId;
        this.action = action;
        this.group = group;
        this.responder = responder;
        this.delivery = delivery;
        this.inbox = inbox;
    }

    @Override
    public FairScheduler.Step step() {
        if (plan == null) {
            try {
                plan = responder.plan(action);
            } catch (RuntimeException e) {
                log.error("the core failed on update {}: {}", updateId, e.toString(), e);
                plan = List.of();
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
            } else {
                failure = "failed";
            }
            next++;
            tries = new Delivery.Tries();
            if (next < plan.size()) {
                return FairScheduler.Step.CONTINUE;
            }
        }
        String outcome = failure != null ? failure : sent > 0 ? "answered" : "ignored";
        inbox.markHandled(updateId, outcome);
        if (sent > 0 || failure != null) {
            log.info("update {}: {} in chat {} ({} message{} sent)", updateId, outcome,
                    plan.isEmpty() ? "?" : plan.get(0).chatId(), sent, sent == 1 ? "" : "s");
        }
        return FairScheduler.Step.DONE;
    }
}
