package summitbot.telegram;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one message under the rate limits and the retry rules: waits for a send slot, waits
 * exactly {@code retry_after} on a 429, backs off on 5xx/network errors, and gives up on a message
 * (with an error log) when retrying cannot help.
 */
final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    /** Outcome of one attempt. */
    record Attempt(boolean finished, boolean sent, long waitNanos, Integer messageId) {
        static final Attempt GAVE_UP = new Attempt(true, false, 0, null);

        static Attempt sent(Integer messageId) {
            return new Attempt(true, true, 0, messageId);
        }

        static Attempt waitFor(long nanos) {
            return new Attempt(false, false, nanos, null);
        }
    }

    /** Retry bookkeeping for one message. */
    static final class Tries {
        int failures;
        int retryAfters;
        long firstRefusedNanos;
    }

    private final TelegramGateway gateway;
    private final SendRateLimiter limiter;
    private final RetryPolicy retry;
    private final LongSupplier nanos;
    private final BotEvents events;

    Delivery(TelegramGateway gateway, SendRateLimiter limiter, RetryPolicy retry, LongSupplier nanos, BotEvents events) {
        this.gateway = gateway;
        this.limiter = limiter;
        this.retry = retry;
        this.nanos = nanos;
        this.events = events;
    }

    Attempt attempt(Outgoing out, boolean group, Tries tries) {
        long wait = limiter.tryAcquire(out.chatId(), group);
        if (wait > 0) {
            return Attempt.waitFor(wait);
        }
        try {
            Attempt sent = Attempt.sent(gateway.send(out));
            events.messageSent();
            return sent;
        } catch (TelegramFailure f) {
            return failed(out, tries, f);
        } finally {
            limiter.finished(out.chatId(), group);
        }
    }

    private Attempt failed(Outgoing out, Tries tries, TelegramFailure f) {
        switch (f.kind()) {
            case RETRY_AFTER -> {
                events.rateLimited();
                long now = nanos.getAsLong();
                if (tries.retryAfters++ == 0) {
                    tries.firstRefusedNanos = now;
                }
                long pause = retry.retryAfterNanos(f.retryAfterSeconds());
                if (now + pause - tries.firstRefusedNanos > retry.rateLimitedFor().toNanos()) {
                    log.error("gave up on a message to chat {}: rate-limited for {} s ({} refusals): {}",
                            out.chatId(), TimeUnit.NANOSECONDS.toSeconds(now - tries.firstRefusedNanos),
                            tries.retryAfters, f.getMessage());
                    events.gaveUp("rate_limited");
                    return Attempt.GAVE_UP;
                }
                log.warn("Telegram asked to wait {} s before writing to chat {} again (429); waiting {} ms",
                        f.retryAfterSeconds(), out.chatId(), TimeUnit.NANOSECONDS.toMillis(pause));
                return Attempt.waitFor(pause);
            }
            case TRANSIENT -> {
                if (++tries.failures >= retry.maxAttempts()) {
                    log.error("gave up on a message to chat {} after {} attempts: {}",
                            out.chatId(), tries.failures, f.getMessage());
                    events.gaveUp("failed");
                    return Attempt.GAVE_UP;
                }
                events.retried();
                long backoff = retry.backoffNanos(tries.failures);
                log.warn("sending to chat {} failed (attempt {}), retrying in {} ms: {}", out.chatId(),
                        tries.failures, TimeUnit.NANOSECONDS.toMillis(backoff), f.getMessage());
                return Attempt.waitFor(backoff);
            }
            default -> {
                // 400 (bad request), 403 (the user blocked the bot): sending again cannot help.
                log.error("Telegram refused a message to chat {}, not retrying: {}", out.chatId(), f.getMessage());
                events.gaveUp("refused");
                return Attempt.GAVE_UP;
            }
        }
    }
}
