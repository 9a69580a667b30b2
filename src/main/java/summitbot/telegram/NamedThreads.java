package summitbot.telegram;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names every thread the Telegram door starts, so a stop can be checked to leave none behind. */
final class NamedThreads implements ThreadFactory {
    /** Prefix of all our thread names. */
    static final String PREFIX = "summit-tg-";
    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String role) {
        this.name = PREFIX + role + "-";
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, name + count.incrementAndGet());
        // Daemon: should a stop ever overrun, the JVM still exits; stop() waits for them anyway.
        t.setDaemon(true);
        return t;
    }
}
