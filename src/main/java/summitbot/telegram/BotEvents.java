package summitbot.telegram;

import summitbot.answer.Reply;

/**
 * What the Telegram door tells whoever watches it (the metrics): updates in, answers and how long
 * the core took, messages out, and Telegram's refusals. Called on the bot's own threads: an
 * implementation must be quick and never throw.
 */
public interface BotEvents {
    /** Watches nothing (benchmarks, tests, a bot run without metrics). */
    BotEvents NONE = new BotEvents() {
    };

    /** {@code count} new updates arrived from getUpdates. */
    default void updatesReceived(int count) {
    }

    /** The core answered a typed question with a reply of {@code kind}, in {@code nanos}. */
    default void questionAnswered(Reply.Kind kind, long nanos) {
    }

    /** Telegram accepted one message. */
    default void messageSent() {
    }

    /** An update's reply went out in full, {@code nanos} after the update was taken in. */
    default void replyCompleted(long nanos) {
    }

    /** Telegram answered 429 Too Many Requests. */
    default void rateLimited() {
    }

    /** A send failed for a reason that may pass (5xx, network) and will be tried again. */
    default void retried() {
    }

    /** A message was given up: rate-limited too long, failed too often, or refused. */
    default void gaveUp(String reason) {
    }
}
