package summitbot.telegram;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A failed Bot API call, sorted by what to do about it: wait {@code retry_after} (429), retry with
 * backoff (5xx, network, unreadable response), or give up (other 4xx). The message is masked.
 */
public final class TelegramFailure extends Exception {
    /** What the caller should do. */
    public enum Kind { RETRY_AFTER, TRANSIENT, PERMANENT }

    private final Kind kind;
    private final int errorCode;
    private final int retryAfterSeconds;

    public TelegramFailure(Kind kind, int errorCode, int retryAfterSeconds, String message) {
        super(message);
        this.kind = kind;
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Classifies what the TelegramBots client threw. */
    static TelegramFailure of(String method, TelegramApiException e, BotToken token) {
        String message = method + " failed: " + token.describe(e);
        // The library reports an unreadable body (a proxy's 502 page, truncated JSON) with code 0.
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() >= 400) {
            int code = r.getErrorCode();
            if (code == 429) {
                Integer after = r.getParameters() == null ? null : r.getParameters().getRetryAfter();
                return new TelegramFailure(Kind.RETRY_AFTER, code, after == null ? 1 : Math.max(0, after), message);
            }
            return new TelegramFailure(code >= 500 ? Kind.TRANSIENT : Kind.PERMANENT, code, 0, message);
        }
        // No error code: a network failure, or a body that is not the Bot API's JSON (a proxy's
        // 502 page, a truncated response). Worth retrying.
        return new TelegramFailure(Kind.TRANSIENT, 0, 0, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The Bot API's error_code, or 0 when there was none. */
    public int errorCode() {
        return errorCode;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
