package summitbot.telegram;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Names every thread the Telegram door starts, so a stop can be checked to leave none behind. */
final class NamedThreads implements ThreadFactory {
    /** Prefix of all our thread names. */
    static final String PREFIX = "summit-tg-";
    private final String name;
    private final AtomicInteger count = new AtomicInteger();
    // The threads made, so a stop can wait for them to end: an executor reports itself terminated
    // a moment before its last thread has returned.
    private final Queue<Thread> made = new ConcurrentLinkedQueue<>();

    NamedThreads(String role) {
        this.name = PREFIX + role + "-";
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, name + count.incrementAndGet());
        // Daemon: should a stop ever overrun, the JVM still exits; stop() waits for them anyway.
        t.setDaemon(true);
        made.removeIf(old -> old.getState() == Thread.State.TERMINATED);
        made.add(t);
        return t;
    }

    /** Waits up to {@code within} for every thread made here to end; true when none is left. */
    boolean awaitExit(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        for (Thread t : made) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left > 0) {
                t.join(left);
            }
        }
        return made.stream().noneMatch(Thread::isAlive);
    }
}
