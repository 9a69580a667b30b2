package summitbot.telegram;

/** A one-off message outside any update (the slow-down notice), under the same limits and retries. */
final class NoticeJob implements FairScheduler.Job {
    private final Outgoing message;
    private final boolean group;
    private final Delivery delivery;
    private final Delivery.Tries tries = new Delivery.Tries();

    NoticeJob(Outgoing message, boolean group, Delivery delivery) {
        this.message = message;
        this.group = group;
        this.delivery = delivery;
    }

    @Override
    public FairScheduler.Step step() {
        Delivery.Attempt a = delivery.attempt(message, group, tries);
        return a.finished() ? FairScheduler.Step.DONE : FairScheduler.Step.waitNanos(a.waitNanos());
    }
}
