package summitbot.telegram;

/**
 * Telegram's outgoing limits: about one message per second per chat (short bursts allowed), 20
 * per minute per group, 30 per second in total. {@link #unlimited()} is for benchmarks only.
 */
public record RateLimits(boolean enabled, double perChatPerSecond, int perChatBurst, int perGroupPerMinute,
                         int totalPerSecond) {

    /** Telegram's published limits, counted where Telegram receives the messages. */
    public static RateLimits published() {
        return new RateLimits(true, 1.0, 3, 20, 30);
    }

    /**
     * What the bot keeps to: the published limits less a tenth. Slots are counted when a request
     * is sent; network delays bunch messages up on the way, so limits kept exactly at the sender
     * were exceeded at the receiver (35 in a second, 21 in a group's minute, 4 in a chat's first second).
     */
    public static RateLimits telegram() {
        return published().withMargin(0.1);
    }

    /** These limits reduced by {@code share} (0.1: a tenth), rounding counts down. */
    public RateLimits withMargin(double share) {
        double keep = 1 - share;
        return new RateLimits(enabled, perChatPerSecond * keep, perChatBurst, (int) Math.floor(perGroupPerMinute * keep),
                (int) Math.floor(totalPerSecond * keep));
    }

    /** No limits at all: measuring the bot itself, never for talking to Telegram. */
    public static RateLimits unlimited() {
        return new RateLimits(false, 0, 0, 0, 0);
    }
}
