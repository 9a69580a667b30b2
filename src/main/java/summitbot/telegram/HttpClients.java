package summitbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two OkHttp clients the bot uses, built here rather than by the library so that a stop can
 * cancel the 50-second long poll in flight and end every HTTP thread at once.
 */
final class HttpClients implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HttpClients.class);

    private final ExecutorService httpThreads;
    private final NamedThreads httpThreadNames = new NamedThreads("http");
    private final OkHttpClient poll;
    private final OkHttpClient send;
    private final PollGuard guard;

    HttpClients(int pollTimeoutSeconds, int maxConcurrentSends, ObjectMapper mapper) {
        this.guard = new PollGuard(mapper);
        this.httpThreads = new ThreadPoolExecutor(0, maxConcurrentSends + 2, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), httpThreadNames);
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
                .addInterceptor(guard)
                .build();
    }

    /**
     * Where each polled batch goes, before the library sees it (which then gets an empty one): the
     * library drops any update whose id is not above the last it saw, and Telegram restarts its
     * ids lower after a week without updates. Called on the poll thread; the next poll waits.
     */
    void onUpdates(Consumer<List<Update>> sink) {
        guard.sink = sink;
    }

    /** Told each time Telegram answers a getUpdates (with updates or without): the poll loop is alive. */
    void onPolled(Runnable polled) {
        guard.polled = polled;
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
        long t0 = System.nanoTime();
        boolean terminated = httpThreads.awaitTermination(d.toMillis(), TimeUnit.MILLISECONDS);
        return terminated & httpThreadNames.awaitExit(d.minusNanos(System.nanoTime() - t0));
    }

    /**
     * Looks at getUpdates responses before the library does: a 409 gets one clear log line (the
     * library only says "error"), a 200 whose body is not JSON becomes an I/O error so the
     * library backs off instead of asking again in a tight loop, and an update it could not parse
     * is taken out of the batch.
     */
    static final class PollGuard implements Interceptor {
        private static final long CONFLICT_LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
        private final ObjectMapper mapper;
        private volatile Consumer<List<Update>> sink;
        private volatile Runnable polled = () -> { };
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
                JsonNode body;
                try {
                    body = mapper.readTree(response.peekBody(Long.MAX_VALUE).string());
                } catch (IOException e) {
                    response.close();
                    if (chain.call().isCanceled()) {
                        // The long poll cancelled by a stop: nothing was malformed.
                        throw e;
                    }
                    log.warn("getUpdates returned malformed JSON; backing off and asking again");
                    throw new IOException("malformed getUpdates response");
                }
                polled.run();
                String cleaned = withoutUnreadableUpdates(body);
                Consumer<List<Update>> to = sink;
                if (to != null && body.path("result").isArray()) {
                    JsonNode batch = cleaned == null ? body : mapper.readTree(cleaned);
                    List<Update> updates = new ArrayList<>();
                    for (JsonNode u : batch.get("result")) {
                        updates.add(mapper.treeToValue(u, Update.class));
                    }
                    if (!updates.isEmpty()) {
                        to.accept(updates);
                    }
                    ObjectNode empty = ((ObjectNode) body).deepCopy();
                    empty.set("result", mapper.createArrayNode());
                    cleaned = mapper.writeValueAsString(empty);
                }
                if (cleaned != null) {
                    ResponseBody replaced = ResponseBody.create(cleaned, MediaType.get("application/json"));
                    response.close();
                    return response.newBuilder().body(replaced).build();
                }
            }
            return response;
        }

        /**
         * Each update read on its own: one the library could not parse (valid JSON, wrong shapes:
         * {@code "message_id":"abc"}) would make it reject the whole batch on every poll, and the
         * bot deaf. Such an update is replaced by its bare {@code update_id}, which the bot records
         * as ignored and the next offset confirms. Returns the rewritten body, or null if all is well.
         */
        private String withoutUnreadableUpdates(JsonNode body) throws IOException {
            JsonNode result = body == null ? null : body.get("result");
            if (result == null || !result.isArray()) {
                return null;
            }
            boolean changed = false;
            ArrayNode kept = mapper.createArrayNode();
            for (JsonNode u : result) {
                try {
                    mapper.treeToValue(u, Update.class);
                    kept.add(u);
                } catch (IOException | IllegalArgumentException e) {
                    changed = true;
                    JsonNode id = u.get("update_id");
                    if (id == null || !id.canConvertToInt()) {
                        log.warn("skipped an update without a readable update_id: {}", e.getMessage().lines()
                                .findFirst().orElse(""));
                        continue;
                    }
                    log.warn("update {} could not be read and is skipped: {}", id.asInt(),
                            e.getMessage().lines().findFirst().orElse(""));
                    kept.add(mapper.createObjectNode().put("update_id", id.asInt()));
                }
            }
            if (!changed) {
                return null;
            }
            ObjectNode copy = ((ObjectNode) body).deepCopy();
            copy.set("result", kept);
            return mapper.writeValueAsString(copy);
        }
    }
}
