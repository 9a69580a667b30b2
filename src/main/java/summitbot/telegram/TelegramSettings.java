package summitbot.telegram;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How the Telegram door runs: where the Bot API is, long-poll timeout, pool and queue sizes,
 * limits and retry timing. {@link #defaults} is production; tests shorten the timings.
 */
public record TelegramSettings(TelegramUrl apiUrl, int pollTimeoutSeconds, int workers, int laneCapacity,
                               int totalCapacity, RateLimits limits, RetryPolicy retry, Duration pollBackoffBase,
                               Duration pollBackoffMax, Duration stopGrace, Duration notTextInterval, Clock clock) {

    public static TelegramSettings defaults(TelegramUrl apiUrl) {
        return new TelegramSettings(apiUrl, 50, 8, 20, 20_000, RateLimits.telegram(), RetryPolicy.standard(),
                Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofMinutes(1),
                Clock.systemUTC());
    }

    /** Parses {@code http(s)://host[:port]} into a {@link TelegramUrl}; null or blank means Telegram's own. */
    public static TelegramUrl parseApiUrl(String url) {
        if (url == null || url.isBlank()) {
            return TelegramUrl.DEFAULT_URL;
        }
        URI uri = URI.create(url.strip());
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("the Bot API URL must look like https://host[:port], not " + url);
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new IllegalArgumentException("the Bot API URL must have no path (the bot adds /bot<token>/...), not " + url);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    public TelegramSettings withClock(Clock c) {
        return new TelegramSettings(apiUrl, pollTimeoutSeconds, workers, laneCapacity, totalCapacity, limits, retry,
                pollBackoffBase, pollBackoffMax, stopGrace, notTextInterval, c);
    }

    public TelegramSettings withLimits(RateLimits l) {
        return new TelegramSettings(apiUrl, pollTimeoutSeconds, workers, laneCapacity, totalCapacity, l, retry,
                pollBackoffBase, pollBackoffMax, stopGrace, notTextInterval, clock);
    }

    public TelegramSettings withRetry(RetryPolicy r, Duration pollBase) {
        return new TelegramSettings(apiUrl, pollTimeoutSeconds, workers, laneCapacity, totalCapacity, limits, r,
                pollBase, pollBackoffMax, stopGrace, notTextInterval, clock);
    }

    public TelegramSettings withQueues(int workerCount, int lane, int totalJobs) {
        return new TelegramSettings(apiUrl, pollTimeoutSeconds, workerCount, lane, totalJobs, limits, retry,
                pollBackoffBase, pollBackoffMax, stopGrace, notTextInterval, clock);
    }

    public TelegramSettings withPollTimeout(int seconds) {
        return new TelegramSettings(apiUrl, seconds, workers, laneCapacity, totalCapacity, limits, retry,
                pollBackoffBase, pollBackoffMax, stopGrace, notTextInterval, clock);
    }
}
