package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.ForeignWriteLock;

/**
 * Another process (here: a second, independent SQLite connection) holding the write lock: past
 * the busy wait a write fails cleanly and leaves every pooled connection usable; within it the
 * write waits and applies; reads go on meanwhile.
 */
class ForeignWriteLockTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatTimesOutBehindAForeignLockLeavesEveryConnectionUsable() throws Exception {
        Path file = dir.resolve("summit.db");
        try (Database db = Database.open(file, Duration.ofMillis(300))) {
            FactStore facts = new FactStore(db);
            try (ForeignWriteLock lock = ForeignWriteLock.on(file)) {
                assertThatThrownBy(() -> facts.set("location.place", "Stale value", "alice"))
                        .isInstanceOf(DatabaseException.class).hasMessageContaining("locked");
                assertThatThrownBy(() -> facts.set("date.day", "Stale too", "alice"))
                        .isInstanceOf(DatabaseException.class);
            }
            // Every connection of the pool takes a turn: none is left half in a transaction.
            for (int i = 0; i < 8; i++) {
                facts.set("location.place", "Value " + i, "bob");
                assertThat(facts.value("location.place")).contains("Value " + i);
            }
            assertThat(facts.history("location.place")).extracting(FactChange::newValue)
                    .doesNotContain("Stale value").contains("Value 7");
            assertThat(facts.value("date.day")).get().asString().doesNotContain("Stale too");
        }
    }

    @Test
    void aWriteWaitsForAForeignLockShorterThanTheBusyWaitAndReadsGoOnMeanwhile() throws Exception {
        Path file = dir.resolve("summit.db");
        try (Database db = Database.open(file, Duration.ofSeconds(5))) {
            FactStore facts = new FactStore(db);
            ForeignWriteLock lock = ForeignWriteLock.on(file);
            CompletableFuture<FactChange> write = CompletableFuture.supplyAsync(
                    () -> facts.set("location.place", "Russky Island, Vladivostok", "alice"));
            Thread.sleep(300);
            assertThat(write).isNotDone();
            // WAL: readers do not wait for the writer.
            long start = System.nanoTime();
            assertThat(facts.value("date.day")).isPresent();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
            lock.close();
            assertThat(write.get(5, TimeUnit.SECONDS).newValue()).isEqualTo("Russky Island, Vladivostok");
            assertThat(facts.value("location.place")).contains("Russky Island, Vladivostok");
        }
    }

    @Test
    void theBusyWaitIsLongEnoughForAnAdminsWorkload() {
        assertThat(Database.BUSY_WAIT).isGreaterThanOrEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aNewDatabaseThatCannotBeMigratedBehindAForeignLockFailsWithOneLine() throws Exception {
        Path file = dir.resolve("fresh.db");
        try (ForeignWriteLock lock = ForeignWriteLock.on(file)) {
            assertThatThrownBy(() -> Database.open(file, Duration.ofMillis(300)))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("another process holds its write lock")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
