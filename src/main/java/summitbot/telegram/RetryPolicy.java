package summitbot.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How long to wait before resending, and when to give up on a message. After a 5xx or network
 * error: exponential backoff from {@code base}, capped at {@code max}, for {@code maxAttempts}
 * attempts. After a 429: Telegram's {@code retry_after}, but never less than {@code minRetryAfter}
 * (a 0 would resend at once), until {@code rateLimitedFor} has passed since the first refusal:
 * many short waits give up no sooner than a few long ones.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts, Duration rateLimitedFor,
                          Duration minRetryAfter) {

    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), 5, Duration.ofMinutes(2),
                Duration.ofSeconds(1));
    }

    /** Nanoseconds to wait after a 429 that asked for {@code retryAfterSeconds}. */
    public long retryAfterNanos(int retryAfterSeconds) {
        return Math.max(minRetryAfter.toNanos(), TimeUnit.SECONDS.toNanos(Math.max(0, retryAfterSeconds)));
    }

    /** Nanoseconds to wait after failed attempt number {@code attempt} (1-based). */
    public long backoffNanos(int attempt) {
        long nanos = base.toNanos() << Math.min(20, Math.max(0, attempt - 1));
        return Math.min(nanos, max.toNanos());
    }
}
