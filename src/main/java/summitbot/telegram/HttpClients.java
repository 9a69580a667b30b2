package summitbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two OkHttp clients the bot uses, built here rather than by the library so that a stop can
 * cancel the 50-second long poll in flight and end every HTTP thread at once.
 */
final class HttpClients implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpClients.class);

    private final ExecutorService httpThreads;
    private final OkHttpClient poll;
    private final OkHttpClient send;

    HttpClients(int pollTimeoutSeconds, int maxConcurrentSends, ObjectMapper mapper) {
        this.httpThreads = new ThreadPoolExecutor(0, maxConcurrentSends + 2, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new NamedThreads("http"));
        Dispatcher dispatcher = new Dispatcher(httpThreads);
        // The default of 5 requests per host would throttle sending to api.telegram.org.
        dispatcher.setMaxRequests(maxConcurrentSends);
        dispatcher.setMaxRequestsPerHost(maxConcurrentSends);
        OkHttpClient base = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(maxConcurrentSends + 1, 1, TimeUnit.MINUTES))
                // Retries are our decision (and a retried sendMessage may be a duplicate).
                .retryOnConnectionFailure(false)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.send = base.newBuilder()
                .readTimeout(Duration.ofSeconds(30))
                .callTimeout(Duration.ofSeconds(40))
                .build();
        // Its own dispatcher, so that cancelling the long poll never cancels a reply being sent.
        // Only synchronous calls run on it, so it starts no threads.
        this.poll = base.newBuilder()
                .dispatcher(new Dispatcher())
                .connectionPool(new ConnectionPool(1, 1, TimeUnit.MINUTES))
                .readTimeout(Duration.ofSeconds(pollTimeoutSeconds + 15L))
                .addInterceptor(new PollGuard(mapper))
                .build();
    }

    OkHttpClient poll() {
        return poll;
    }

    OkHttpClient send() {
        return send;
    }

    /** Cancels every call in flight, including the held long poll, and ends the HTTP threads. */
    @Override
    public void close() {
        poll.dispatcher().cancelAll();
        send.dispatcher().cancelAll();
        httpThreads.shutdownNow();
        poll.connectionPool().evictAll();
        send.connectionPool().evictAll();
    }

    boolean awaitTermination(Duration d) throws InterruptedException {
        return httpThreads.awaitTermination(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Looks at getUpdates responses before the library does: a 409 gets one clear log line (the
     * library only says "error"), and a 200 whose body is not JSON becomes an I/O error so the
     * library backs off instead of asking again in a tight loop.
     */
    static final class PollGuard implements Interceptor {
        private static final long CONFLICT_LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
        private final ObjectMapper mapper;
        private final AtomicLong lastConflictLog = new AtomicLong(System.nanoTime() - CONFLICT_LOG_EVERY_NANOS);

        PollGuard(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Response response = chain.proceed(chain.request());
            // The library writes method names in lower case ("getupdates"); Telegram accepts any case.
            if (!chain.request().url().encodedPath().toLowerCase(java.util.Locale.ROOT).endsWith("/getupdates")) {
                return response;
            }
            if (response.code() == 409) {
                long now = System.nanoTime();
                long last = lastConflictLog.get();
                if (now - last >= CONFLICT_LOG_EVERY_NANOS && lastConflictLog.compareAndSet(last, now)) {
                    log.error("Telegram refused getUpdates with 409 Conflict: another bot instance is polling "
                            + "with this token, or a webhook is set. Stop the other instance; retrying with backoff.");
                }
            } else if (response.code() == 401) {
                log.error("Telegram refused getUpdates with 401 Unauthorized: the bot token was revoked");
            } else if (response.isSuccessful()) {
                try {
                    mapper.readTree(response.peekBody(Long.MAX_VALUE).string());
                } catch (IOException e) {
                    response.close();
                    log.warn("getUpdates returned malformed JSON; backing off and asking again");
                    throw new IOException("malformed getUpdates response");
                }
            }
            return response;
        }
    }
}
