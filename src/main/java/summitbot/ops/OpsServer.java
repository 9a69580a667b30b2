package summitbot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP endpoint (JDK {@code HttpServer}): {@code GET /healthz} answers 200 or 503
 * with a line per check, {@code GET /metrics} the metrics in Prometheus text format. Off unless
 * {@code serve --http-port} asks for it; on loopback unless given another address.
 */
public final class OpsServer implements AutoCloseable {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String PLAIN = "text/plain; charset=utf-8";
    private static final Logger log = LoggerFactory.getLogger(OpsServer.class);

    private final HttpServer server;
    private final ExecutorService threads;

    private OpsServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    /**
     * Listens on {@code at} (port 0: any free port) until closed.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static OpsServer start(InetSocketAddress at, HealthCheck health, BotMetrics metrics) throws IOException {
        HttpServer server = HttpServer.create(at, 16);
        AtomicInteger n = new AtomicInteger();
        // Two threads: a scrape never waits behind a health check that waits for the database.
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "summit-ops-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/healthz", ex -> serve(ex, "/healthz", () -> {
            HealthCheck.Report r = health.check();
            return new Page(r.healthy() ? 200 : 503, PLAIN, r.text());
        }));
        server.createContext("/metrics", ex -> serve(ex, "/metrics", () -> new Page(200, PROMETHEUS_TEXT, metrics.scrape())));
        server.createContext("/", ex -> serve(ex, "/", () -> new Page(404, PLAIN, "not found: try /healthz or /metrics\n")));
        server.start();
        OpsServer ops = new OpsServer(server, threads);
        log.info("health and metrics on http://{}:{} (/healthz, /metrics)", ops.address().getHostString(),
                ops.address().getPort());
        return ops;
    }

    /** Where it listens (the real port when started on port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private record Page(int status, String contentType, String body) {
    }

    private static void serve(HttpExchange ex, String path, Supplier<Page> page) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            Page p;
            if (!ex.getRequestURI().getPath().equals(path)) {
                p = new Page(404, PLAIN, "not found: try /healthz or /metrics\n");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                p = new Page(405, PLAIN, "only GET and HEAD\n");
            } else {
                try {
                    p = page.get();
                } catch (RuntimeException e) {
                    log.warn("{} failed: {}", path, e.toString());
                    p = new Page(500, PLAIN, "internal error: " + e.getMessage() + "\n");
                }
            }
            byte[] body = p.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", p.contentType());
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(p.status(), -1);
                return;
            }
            ex.sendResponseHeaders(p.status(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops listening at once. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
