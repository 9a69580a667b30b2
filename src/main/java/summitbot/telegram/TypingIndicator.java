package summitbot.telegram;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows "typing…" in a chat while slow work for it runs (a /teach retraining). Telegram shows a
 * chat action for about five seconds, so it is sent again every {@code every} until the work
 * ends, and never for longer than {@code longest}, should the end never be reported.
 */
final class TypingIndicator implements AutoCloseable {
    /** Sends one chat action. */
    interface Sender {
        void typing(long chatId, Integer threadId) throws TelegramFailure;
    }

    private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);

    private final Sender sender;
    private final Duration every;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(1);
    private final Duration longest;
    private final ScheduledThreadPoolExecutor timer;
    private final NamedThreads timerThreads = new NamedThreads("typing");

    TypingIndicator(Sender sender, Duration every, Duration longest) {
        this.sender = sender;
        this.every = every;
        this.longest = longest;
        this.timer = new ScheduledThreadPoolExecutor(1, timerThreads);
        timer.setRemoveOnCancelPolicy(true);
    }

    /** A session for one chat: typing shows from {@link Session#start()} until {@link Session#stop()}. */
    Session session(long chatId, Integer threadId) {
        return new Session(chatId, threadId);
    }

    /** One chat's "typing…"; stopping before starting means it never shows. */
    final class Session {
        private final long chatId;
        private final Integer threadId;
        private ScheduledFuture<?> ticking;
        private ScheduledFuture<?> limit;
        private boolean stopped;

        private Session(long chatId, Integer threadId) {
            this.chatId = chatId;
            this.threadId = threadId;
        }

        synchronized void start() {
            if (stopped || ticking != null || timer.isShutdown()) {
                return;
            }
            ticking = timer.scheduleWithFixedDelay(this::send, 0, every.toMillis(), TimeUnit.MILLISECONDS);
            limit = timer.schedule(this::stop, longest.toMillis(), TimeUnit.MILLISECONDS);
        }

        synchronized void stop() {
            stopped = true;
            if (ticking != null) {
                ticking.cancel(false);
                limit.cancel(false);
            }
        }

        private void send() {
            try {
                sender.typing(chatId, threadId);
            } catch (TelegramFailure f) {
                log.debug("could not show typing in chat {}: {}", chatId, f.getMessage());
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timerThreads.awaitExit(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
