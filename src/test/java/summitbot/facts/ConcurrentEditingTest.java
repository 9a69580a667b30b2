package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentEditingTest {
    private static final String[] KEYS = {"location.place", "date.day", "food_aid.port", "laborers.count"};
    // A value is whole when its body is exactly as long as its header says.
    private static final Pattern WHOLE = Pattern.compile("w(\\d+)-(\\d+):(x+)");

    @TempDir
    Path dir;

    @Test
    void eightEditorsAndEightReadersLoseNothingAndSeeNoHalfWrittenFact() throws Exception {
        try (Database bot = Database.open(dir.resolve("summit.db"));
             Database shell = Database.open(dir.resolve("summit.db"))) {
            FactStore[] stores = {new FactStore(bot), new FactStore(shell)};
            ExecutorService pool = Executors.newFixedThreadPool(16);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            AtomicInteger writes = new AtomicInteger();
            AtomicInteger reads = new AtomicInteger();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        String body = "x".repeat(1 + (writer * 37 + i * 11) % 300);
                        stores[writer % 2].set(KEYS[(writer + i) % KEYS.length], "w" + writer + "-" + i + ":" + body,
                                "editor-" + writer);
                        writes.incrementAndGet();
                    }
                }));
            }
            List<String> torn = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int r = 0; r < 8; r++) {
                int reader = r;
                work.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        for (String key : KEYS) {
                            String v = stores[reader % 2].value(key).orElseThrow();
                            var m = WHOLE.matcher(v);
                            boolean original = !v.startsWith("w");
                            if (!original && !m.matches()) {
                                torn.add(v);
                            }
                            reads.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            List<FactChange> trail = stores[0].auditTrail();
            assertThat(writes.get()).isPositive();
            assertThat(reads.get()).isPositive();
            assertThat(torn).isEmpty();
            assertThat(trail).hasSize(writes.get());
            for (String key : KEYS) {
                List<FactChange> chain = trail.stream().filter(c -> c.key().equals(key)).toList();
                for (int i = 1; i < chain.size(); i++) {
                    assertThat(chain.get(i).oldValue()).isEqualTo(chain.get(i - 1).newValue());
                }
                if (!chain.isEmpty()) {
                    assertThat(stores[1].value(key)).contains(chain.get(chain.size() - 1).newValue());
                }
            }
        }
    }
}
