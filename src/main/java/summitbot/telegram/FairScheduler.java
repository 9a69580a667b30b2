package summitbot.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on a fixed pool of our own threads: one bounded queue (lane) per chat, jobs of a lane
 * strictly in order and one at a time, lanes served round-robin so a chat with hundreds of
 * messages waits its turn like everyone else. A job that must wait (rate limit, retry_after,
 * backoff) parks its lane on a timer instead of sleeping on a worker, so waiting chats never hold
 * up the others.
 */
public final class FairScheduler {
    private static final Logger log = LoggerFactory.getLogger(FairScheduler.class);
    private static final Object POISON = new Object();

    /** A unit of work in a lane; {@link #step()} does a little (one message) and says what next. */
    public interface Job {
        Step step();
    }

    /** What a job needs after a step. */
    public record Step(Kind kind, long delayNanos) {
        public enum Kind { DONE, CONTINUE, WAIT }

        public static final Step DONE = new Step(Kind.DONE, 0);
        public static final Step CONTINUE = new Step(Kind.CONTINUE, 0);

        public static Step waitNanos(long nanos) {
            return new Step(Kind.WAIT, Math.max(0, nanos));
        }
    }

    /** The result of {@link #submit}. */
    public enum Offer { ACCEPTED, LANE_FULL, LANE_FULL_FIRST_TIME, FULL, CLOSED }

    private enum State { IDLE, READY, RUNNING, PARKED }

    private static final class Lane {
        final long key;
        final ArrayDeque<Job> jobs = new ArrayDeque<>();
        State state = State.IDLE;
        boolean warned;

        Lane(long key) {
            this.key = key;
        }
    }

    private static final int PAST_LANE_FACTOR = 10;
    private final int laneCapacity;
    private final int totalCapacity;
    private final Object lock = new Object();
    private final Map<Long, Lane> lanes = new HashMap<>();
    private final LinkedBlockingDeque<Object> ready = new LinkedBlockingDeque<>();
    private final List<Thread> workers = new ArrayList<>();
    private final ScheduledThreadPoolExecutor timer;
    private final NamedThreads timerThreads = new NamedThreads("timer");
    private int total;
    private volatile boolean closed;

    public FairScheduler(int workerCount, int laneCapacity, int totalCapacity) {
        this.laneCapacity = laneCapacity;
        this.totalCapacity = totalCapacity;
        this.timer = new ScheduledThreadPoolExecutor(1, timerThreads);
        timer.setRemoveOnCancelPolicy(true);
        NamedThreads threads = new NamedThreads("worker");
        for (int i = 0; i < workerCount; i++) {
            Thread t = threads.newThread(this::work);
            workers.add(t);
            t.start();
        }
    }

    /** Queues {@code job} at the end of lane {@code key}, unless the lane or the whole queue is full. */
    public Offer submit(long key, Job job) {
        return submit(key, job, Admission.BOUNDED);
    }

    /** How full a lane or the whole queue may be when a job is offered. */
    public enum Admission {
        /** Within the lane's capacity and the total. */
        BOUNDED,
        /** Past the lane's capacity (messages sent at a human pace), up to ten times it, within the total. */
        PAST_LANE,
        /** Always (what was stored before the bot started: it is never dropped). */
        ALWAYS
    }

    /** Queues {@code job} at the end of lane {@code key}, as far as {@code admission} allows. */
    public Offer submit(long key, Job job, Admission admission) {
        synchronized (lock) {
            if (closed) {
                return Offer.CLOSED;
            }
            Lane lane = lanes.computeIfAbsent(key, Lane::new);
            int laneLimit = admission == Admission.BOUNDED ? laneCapacity
                    : admission == Admission.PAST_LANE ? laneCapacity * PAST_LANE_FACTOR : Integer.MAX_VALUE;
            if (lane.jobs.size() >= laneLimit) {
                boolean first = !lane.warned;
                lane.warned = true;
                return first ? Offer.LANE_FULL_FIRST_TIME : Offer.LANE_FULL;
            }
            if (total >= totalCapacity && admission != Admission.ALWAYS) {
                if (lane.jobs.isEmpty() && lane.state == State.IDLE) {
                    lanes.remove(key);
                }
                return Offer.FULL;
            }
            lane.jobs.addLast(job);
            total++;
            wakeIfIdle(lane);
            return Offer.ACCEPTED;
        }
    }

    /** Puts {@code job} next in its lane, over the lane's capacity (for a one-off notice). */
    public void submitNext(long key, Job job) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            Lane lane = lanes.computeIfAbsent(key, Lane::new);
            lane.jobs.addFirst(job);
            total++;
            wakeIfIdle(lane);
        }
    }

    /** Runs {@code task} on a worker before any lane waiting its turn (e.g. answering a button press). */
    public void urgent(Runnable task) {
        synchronized (lock) {
            if (!closed) {
                ready.offerFirst(task);
            }
        }
    }

    /** How full the queues are: jobs queued or in progress, chats with any, and the deepest chat's count. */
    public record Depths(int jobs, int chats, int deepest) {
    }

    /** The queues' {@link Depths} now. */
    public Depths depths() {
        synchronized (lock) {
            int deepest = 0;
            for (Lane lane : lanes.values()) {
                // A lane's running job is out of its queue but not yet done: it counts.
                deepest = Math.max(deepest, lane.jobs.size() + (lane.state == State.RUNNING ? 1 : 0));
            }
            return new Depths(total, lanes.size(), deepest);
        }
    }

    /** Jobs queued or in progress. */
    public int pending() {
        synchronized (lock) {
            return total;
        }
    }

    /**
     * Stops taking work: jobs already started finish (a job between its messages goes on to the
     * end), jobs not started are left (the inbox has them for the next start). Waits up to
     * {@code grace} for the workers; true if they all ended.
     */
    public boolean shutdown(Duration grace) throws InterruptedException {
        synchronized (lock) {
            closed = true;
            ready.clear();
            for (int i = 0; i < workers.size(); i++) {
                ready.offerFirst(POISON);
            }
        }
        timer.shutdownNow();
        long deadline = System.nanoTime() + grace.toNanos();
        boolean all = true;
        for (Thread t : workers) {
            long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            t.join(left);
            if (t.isAlive()) {
                t.interrupt();
                all = false;
            }
        }
        all &= timer.awaitTermination(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
                TimeUnit.MILLISECONDS);
        all &= timerThreads.awaitExit(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        return all;
    }

    private void wakeIfIdle(Lane lane) {
        if (lane.state == State.IDLE) {
            lane.state = State.READY;
            ready.offerLast(lane);
        }
    }

    private void work() {
        while (true) {
            Object item;
            try {
                item = ready.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == POISON) {
                return;
            }
            if (item instanceof Runnable task) {
                run(task);
            } else {
                runLane((Lane) item);
            }
        }
    }

    private void runLane(Lane lane) {
        Job job;
        synchronized (lock) {
            if (closed || lane.jobs.isEmpty()) {
                return;
            }
            job = lane.jobs.pollFirst();
            lane.state = State.RUNNING;
        }
        Step step = step(job);
        // A job in flight when the stop came is finished rather than left half sent.
        while (closed && step.kind() == Step.Kind.CONTINUE) {
            step = step(job);
        }
        synchronized (lock) {
            if (step.kind() == Step.Kind.DONE) {
                total--;
            } else {
                lane.jobs.addFirst(job);
            }
            if (closed) {
                lane.state = State.IDLE;
                return;
            }
            if (step.kind() == Step.Kind.WAIT) {
                lane.state = State.PARKED;
                timer.schedule(() -> unpark(lane), step.delayNanos(), TimeUnit.NANOSECONDS);
            } else if (lane.jobs.isEmpty()) {
                lane.state = State.IDLE;
                lanes.remove(lane.key);
            } else {
                lane.state = State.READY;
                ready.offerLast(lane);
            }
        }
    }

    private void unpark(Lane lane) {
        synchronized (lock) {
            if (!closed && lane.state == State.PARKED) {
                lane.state = State.READY;
                ready.offerLast(lane);
            }
        }
    }

    private static Step step(Job job) {
        try {
            return job.step();
        } catch (RuntimeException | Error e) {
            // A bug in one job must not kill a worker or stall its chat: drop the job, log loudly.
            log.error("a job failed and was dropped: {}", e.toString(), e);
            return Step.DONE;
        }
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("a task failed: {}", e.toString(), e);
        }
    }
}
