package summitbot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import summitbot.answer.ConversationMemory;
import summitbot.answer.ReplyRouter;
import summitbot.facts.Database;

/**
 * The answering core on a fresh database for each test, closed and deleted after it: register with
 * {@code @RegisterExtension final CoreFixture core = new CoreFixture();} instead of repeating the
 * temp-folder, database and router setup in every test class.
 */
public final class CoreFixture implements BeforeEachCallback, AfterEachCallback {
    private final Supplier<ConversationMemory> memory;
    private Path dir;
    private Database db;
    private ReplyRouter router;

    /** The core with the bot's own conversation memory (ten minutes, on the system clock). */
    public CoreFixture() {
        this(() -> new ConversationMemory(Clock.systemUTC(), Duration.ofMinutes(10), 10_000));
    }

    /** The core remembering conversations in {@code memory} (a movable clock, a small capacity). */
    public CoreFixture(Supplier<ConversationMemory> memory) {
        this.memory = memory;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("summit-core");
        db = TestCore.database(dir);
        router = TestCore.router(db, memory.get());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's database, migrated and seeded from the article. */
    public Database db() {
        return db;
    }

    /** The router as the bot runs it (classifier and semantic signal) over {@link #db()}. */
    public ReplyRouter router() {
        return router;
    }
}
