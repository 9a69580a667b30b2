package summitbot.telegram;

import java.time.Duration;

/**
 * How long to wait before resending after a 5xx or network error, and when to give up on a
 * message: exponential backoff from {@code base}, capped at {@code max}.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts, int maxRetryAfters) {

    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), 5, 10);
    }

    /** Nanoseconds to wait after failed attempt number {@code attempt} (1-based). */
    public long backoffNanos(int attempt) {
        long nanos = base.toNanos() << Math.min(20, Math.max(0, attempt - 1));
        return Math.min(nanos, max.toNanos());
    }
}
