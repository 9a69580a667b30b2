package summitbot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A Bot API server on loopback that speaks Telegram's HTTP protocol ({@code POST /bot<token>/<method>}
 * with JSON, answers {@code {"ok":...}}) for tests and the benchmark. It serves scripted updates to
 * getUpdates honouring {@code offset}, {@code limit}, {@code allowed_updates} and {@code timeout}
 * (holding the long poll at most {@code maxHold}), records every call, and injects faults.
 */
public final class FakeBotApi implements AutoCloseable {
    /** The fake bot's identity, as getMe reports it. */
    public static final long BOT_ID = 7_000_001L;
    public static final String BOT_USERNAME = "SummitTestBot";

    /** One recorded call: method, its JSON parameters, and when it arrived ({@link System#nanoTime()}). */
    public record Call(String method, JsonNode params, long atNanos) {
        public long chatId() {
            return params.path("chat_id").asLong();
        }

        public String text() {
            return params.path("text").asText();
        }
    }

    /** A message the server accepted from the bot, with the id it gave it. */
    public record SentMessage(long chatId, int messageId, String text) {
    }

    /** What to do instead of answering normally, once. */
    public record Fault(int status, String body, boolean dropsConnection, boolean hangsMidBody) {
        public Fault(int status, String body, boolean dropsConnection) {
            this(status, body, dropsConnection, false);
        }

        /** An HTTP error with a body, e.g. a proxy's 502 page. */
        public static Fault status(int status, String body) {
            return new Fault(status, body, false);
        }

        /** A 200 that sends half its body and then nothing more until the server closes. */
        public static Fault hangMidBody() {
            return new Fault(200, "{\"ok\":true,\"result\":[]}", false, true);
        }

        /** Telegram's 429 with {@code parameters.retry_after}. */
        public static Fault retryAfter(int seconds) {
            return new Fault(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                    + seconds + "\",\"parameters\":{\"retry_after\":" + seconds + "}}", false);
        }

        /** A 200 whose body is not JSON. */
        public static Fault malformed() {
            return new Fault(200, "{\"ok\":true,\"result\":[{\"update_id\":", false);
        }

        /** The connection closed without any response. */
        public static Fault dropConnection() {
            return new Fault(0, null, true);
        }
    }

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body
        // waits for the client's delayed ACK (~40 ms). Read once, when the server class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final String token;
    private final Duration maxHold;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Object lock = new Object();
    private final ArrayDeque<ObjectNode> queued = new ArrayDeque<>();
    private final Map<Integer, Long> servedAt = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Integer> callCounts = new HashMap<>();
    private final Map<String, ArrayDeque<Fault>> faults = new HashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);
    private final List<SentMessage> sentMessages = new java.util.ArrayList<>();
    private int nextUpdateId = 1;
    private boolean closed;

    private FakeBotApi(String token, Duration maxHold) throws IOException {
        this.token = token;
        this.maxHold = maxHold;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "fake-bot-api-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.threads = Executors.newFixedThreadPool(32, tf);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server for {@code token} on a free loopback port. */
    public static FakeBotApi start(String token, Duration maxHold) {
        try {
            return new FakeBotApi(token, maxHold);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake Bot API: " + e.getMessage(), e);
        }
    }

    /** Base URL for {@code TELEGRAM_API_URL} / {@code --api-url}. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /**
     * Queues an update with the given update_id, and numbers the next ones after it: as Telegram
     * does when it restarts its ids at a random value after a week without updates.
     */
    public int pushAs(ObjectNode update, int updateId) {
        synchronized (lock) {
            nextUpdateId = updateId;
        }
        return push(update);
    }

    /** Queues an update (built with {@link FakeUpdates}); returns the update_id it was given. */
    public int push(ObjectNode update) {
        synchronized (lock) {
            int id = nextUpdateId++;
            update.put("update_id", id);
            for (String kind : List.of("message", "edited_message", "channel_post")) {
                if (update.path(kind).isObject() && !update.path(kind).has("message_id")) {
                    ((ObjectNode) update.get(kind)).put("message_id", messageIds.incrementAndGet());
                }
            }
            if (update.path("callback_query").isObject() && !update.path("callback_query").has("id")) {
                ((ObjectNode) update.get("callback_query")).put("id", "cbq-" + id);
            }
            queued.addLast(update);
            lock.notifyAll();
            return id;
        }
    }

    /** Makes the next call of {@code method} fail as described (faults queue up in order). */
    public void failNext(String method, Fault fault) {
        synchronized (lock) {
            faults.computeIfAbsent(method, k -> new ArrayDeque<>()).addLast(fault);
        }
    }

    /** When update {@code id} was first returned by getUpdates ({@link System#nanoTime()}), or null. */
    public Long servedAt(int id) {
        return servedAt.get(id);
    }

    /** Every call of {@code method} so far, in arrival order. */
    public List<Call> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        }
    }

    /** Waits until at least {@code n} calls of {@code method} match, and returns all matching. */
    public List<Call> await(String method, Predicate<Call> match, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (true) {
                long left = deadline - System.nanoTime();
                // Scanning only when enough calls of the method arrived keeps a waiting load test cheap.
                if (callCounts.getOrDefault(method, 0) >= n || left <= 0) {
                    List<Call> found = calls.stream().filter(c -> c.method().equals(method) && match.test(c)).toList();
                    if (found.size() >= n || left <= 0) {
                        return found;
                    }
                }
                TimeUnit.NANOSECONDS.timedWait(lock, Math.max(1, left));
            }
        }
    }

    /** Updates queued and not yet confirmed by a later offset. */
    public int unconfirmed() {
        synchronized (lock) {
            return queued.size();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String prefix = "/bot" + token + "/";
            if (!path.startsWith(prefix)) {
                reply(ex, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
                return;
            }
            // Method names are case-insensitive in the Bot API (the library sends "getme").
            String method = canonical(path.substring(prefix.length()));
            JsonNode params = params(ex, ex.getRequestHeaders().getFirst("Content-Type"));
            Fault fault;
            synchronized (lock) {
                calls.add(new Call(method, params, System.nanoTime()));
                callCounts.merge(method, 1, Integer::sum);
                lock.notifyAll();
                ArrayDeque<Fault> q = faults.get(method);
                fault = q == null ? null : q.pollFirst();
            }
            if (fault != null) {
                if (fault.dropsConnection()) {
                    return; // closing the exchange without a response drops the connection
                }
                if (fault.hangsMidBody()) {
                    hangMidBody(ex, fault.body());
                    return;
                }
                reply(ex, fault.status(), fault.body());
                return;
            }
            reply(ex, 200, answer(method, params));
        } catch (RuntimeException e) {
            reply(ex, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");
        }
    }

    private static final List<String> METHODS = List.of("getMe", "deleteWebhook", "setMyCommands",
            "setMyDescription", "setMyShortDescription", "sendChatAction", "answerCallbackQuery", "getUpdates",
            "sendMessage", "sendDocument");

    private static String canonical(String method) {
        return METHODS.stream().filter(m -> m.equalsIgnoreCase(method)).findFirst().orElse(method);
    }

    private String answer(String method, JsonNode params) {
        return switch (method) {
            case "getMe" -> ok(mapper.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Summit Bot").put("username", BOT_USERNAME));
            case "deleteWebhook", "setMyCommands", "setMyDescription", "setMyShortDescription", "sendChatAction",
                 "answerCallbackQuery" -> "{\"ok\":true,\"result\":true}";
            case "getUpdates" -> ok(updates(params));
            case "sendMessage", "sendDocument" -> ok(sentMessage(params));
            default -> "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: method not found\"}";
        };
    }

    private ArrayNode updates(JsonNode params) {
        long offset = params.path("offset").asLong(0);
        int limit = Math.max(1, Math.min(100, params.path("limit").asInt(100)));
        long holdNanos = Math.min(TimeUnit.SECONDS.toNanos(params.path("timeout").asLong(0)), maxHold.toNanos());
        Set<String> allowed = new java.util.HashSet<>();
        params.path("allowed_updates").forEach(a -> allowed.add(a.asText()));
        long deadline = System.nanoTime() + holdNanos;
        ArrayNode out = mapper.createArrayNode();
        synchronized (lock) {
            // An offset confirms every update below it that exists when it is asked: Telegram
            // forgets them for good. One that arrives later (ids restarted lower) waits.
            queued.removeIf(u -> u.get("update_id").asLong() < offset);
            while (true) {
                for (Iterator<ObjectNode> it = queued.iterator(); it.hasNext() && out.size() < limit; ) {
                    ObjectNode u = it.next();
                    if (u.get("update_id").asLong() < offset) {
                        continue;
                    }
                    if (!allowed.isEmpty() && allowed.stream().noneMatch(u::has)) {
                        it.remove();
                        continue;
                    }
                    out.add(u);
                }
                long left = deadline - System.nanoTime();
                if (!out.isEmpty() || left <= 0 || closed) {
                    break;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(lock, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        long now = System.nanoTime();
        out.forEach(u -> servedAt.putIfAbsent(u.get("update_id").asInt(), now));
        return out;
    }

    /** The messages sent to {@code chatId}, oldest first, with the ids the server gave them. */
    public List<SentMessage> sentMessages(long chatId) {
        synchronized (lock) {
            return sentMessages.stream().filter(m -> m.chatId() == chatId).toList();
        }
    }

    private ObjectNode sentMessage(JsonNode params) {
        long chatId = params.path("chat_id").asLong();
        ObjectNode m = mapper.createObjectNode();
        int id = messageIds.incrementAndGet();
        synchronized (lock) {
            sentMessages.add(new SentMessage(chatId, id, params.path("text").asText()));
        }
        m.put("message_id", id);
        m.put("date", System.currentTimeMillis() / 1000);
        m.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "supergroup" : "private");
        m.putObject("from").put("id", BOT_ID).put("is_bot", true).put("first_name", "Summit Bot")
                .put("username", BOT_USERNAME);
        m.put("text", params.path("text").asText());
        return m;
    }

    private String ok(JsonNode result) {
        ObjectNode o = mapper.createObjectNode();
        o.put("ok", true);
        o.set("result", result);
        return o.toString();
    }

    private JsonNode params(HttpExchange ex, String contentType) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readAllBytes();
            if (contentType != null && contentType.startsWith("multipart/form-data")) {
                return multipart(body, contentType.substring(contentType.indexOf("boundary=") + 9).replace("\"", ""));
            }
            return body.length == 0 ? mapper.createObjectNode() : mapper.readTree(body);
        }
    }

    // File uploads (sendDocument) come as multipart/form-data: each part becomes a field; a file
    // part's content is kept as text, with its file name under NAME_filename.
    private ObjectNode multipart(byte[] body, String boundary) {
        ObjectNode fields = mapper.createObjectNode();
        String all = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : all.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            String text = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            fields.put(name.group(1), text);
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            if (file.find()) {
                fields.put(name.group(1) + "_filename", file.group(1));
            }
        }
        // A field may name its file part as attach://PART: resolve it to the part's content.
        List<String> names = new java.util.ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        for (String field : names) {
            String value = fields.path(field).asText();
            if (value.startsWith("attach://") && fields.has(value.substring(9))) {
                String part = value.substring(9);
                fields.put(field, fields.path(part).asText());
                fields.put(field + "_filename", fields.path(part + "_filename").asText());
            }
        }
        return fields;
    }

    private void hangMidBody(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        OutputStream out = ex.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        synchronized (lock) {
            while (!closed && System.nanoTime() < deadline) {
                try {
                    lock.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        ex.close();
    }

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
