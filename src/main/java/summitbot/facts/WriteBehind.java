package summitbot.facts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes nobody should wait for (recording a declined question while its asker waits for the
 * reply): queued in order and written by one background thread in batches, one transaction per
 * batch. {@link #flush()} waits until everything queued so far is written; {@link #close()}
 * writes everything still queued, so a stop loses nothing.
 */
final class WriteBehind implements AutoCloseable {
    /** One queued write, run inside its batch's transaction. */
    interface Write {
        void run(Connection c) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(WriteBehind.class);
    private static final int BATCH = 200;
    private static final Duration IDLE_THREAD = Duration.ofSeconds(30);
    // A flush waits as long as one write may wait for another process's lock, and a little more.
    private static final Duration FLUSH_WAIT = Database.BUSY_WAIT.plusSeconds(5);

    private final Database db;
    private final String what;
    private final LinkedBlockingQueue<Write> queue;
    private final ThreadPoolExecutor writer;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private final AtomicBoolean overflowWarned = new AtomicBoolean();
    private volatile boolean closed;

    /**
     * @param what      what is written, for log lines ("unanswered questions")
     * @param maxQueued writes kept waiting at most; past that they are dropped with a warning
     */
    WriteBehind(Database db, String what, int maxQueued) {
        this.db = db;
        this.what = what;
        this.queue = new LinkedBlockingQueue<>(maxQueued);
        // One thread, started on demand and ended after a while without work, so an instance
        // nobody closes leaves no thread behind.
        this.writer = new ThreadPoolExecutor(1, 1, IDLE_THREAD.toSeconds(), TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "summit-write-behind");
                    t.setDaemon(true);
                    return t;
                });
        writer.allowCoreThreadTimeOut(true);
    }

    /** Queues {@code write}; returns at once. False when it was dropped (closed, or the queue is full). */
    boolean add(Write write) {
        if (closed) {
            log.warn("not recording {} after the store was closed", what);
            return false;
        }
        if (!queue.offer(write)) {
            if (!overflowWarned.getAndSet(true)) {
                log.warn("{} {} are waiting to be written: dropping more until the database catches up",
                        queue.size(), what);
            }
            return false;
        }
        if (drainQueued.compareAndSet(false, true)) {
            try {
                writer.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                log.warn("not recording {}: the store is closing", what);
                return false;
            }
        }
        return true;
    }

    // On the writer thread. Cleared first: a write queued from now on queues another drain.
    private void drain() {
        drainQueued.set(false);
        List<Write> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                db.write(c -> {
                    for (Write w : batch) {
                        w.run(c);
                    }
                    return batch.size();
                });
            } catch (RuntimeException e) {
                log.warn("could not record {} {}: {}", batch.size(), what, e.getMessage());
            }
            batch.clear();
            overflowWarned.set(false);
        }
    }

    /** Waits until every write queued before this call is written (or failed). */
    void flush() {
        if (writer.isShutdown()) {
            return;
        }
        try {
            writer.submit(() -> { }).get(FLUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            log.warn("{} are still being written: {}", what, e.toString());
        }
    }

    /** Takes no more writes, writes what is queued, and ends the writer thread. */
    @Override
    public void close() {
        closed = true;
        flush();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(FLUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("stopped waiting for {} {} to be written", queue.size(), what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
