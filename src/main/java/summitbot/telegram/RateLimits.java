package summitbot.telegram;

/**
 * Telegram's outgoing limits: about one message per second per chat (short bursts allowed), 20
 * per minute per group, 30 per second in total. {@link #unlimited()} is for benchmarks only.
 */
public record RateLimits(boolean enabled, double perChatPerSecond, int perChatBurst, int perGroupPerMinute,
                         int totalPerSecond) {

    /** Telegram's published limits. */
    public static RateLimits telegram() {
        return new RateLimits(true, 1.0, 3, 20, 30);
    }

    /** No limits at all: measuring the bot itself, never for talking to Telegram. */
    public static RateLimits unlimited() {
        return new RateLimits(false, 0, 0, 0, 0);
    }
}
