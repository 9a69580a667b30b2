package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import summitbot.ForeignWriteLock;

/** Declined questions are recorded off the reply path: queued, written in batches, none lost at a stop. */
class UnansweredLogTest {
    @TempDir
    Path dir;

    private static UnansweredLog.Entry entry(String text) {
        return new UnansweredLog.Entry(text, "private", "out_of_scope", 0.9, "location", 0.05);
    }

    private static int rows(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM unanswered")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void recordingReturnsAtOnceWhileAnotherProcessHoldsTheDatabasesWriteLock() throws Exception {
        Path file = dir.resolve("summit.db");
        try (Database db = Database.open(file, Duration.ofSeconds(10)); UnansweredLog log = new UnansweredLog(db)) {
            long elapsed;
            try (ForeignWriteLock lock = ForeignWriteLock.on(file)) {
                long start = System.nanoTime();
                for (int i = 0; i < 100; i++) {
                    log.record(entry("question " + i));
                }
                elapsed = System.nanoTime() - start;
                assertThat(rows(db)).isZero();
            }

            // A write would have waited for the lock (up to 10 s); a queued record does not.
            assertThat(TimeUnit.NANOSECONDS.toMillis(elapsed)).isLessThan(2_000);
            assertThat(log.mostFrequent(200)).hasSize(100);
        }
    }

    @Test
    void closingWritesEveryQuestionStillQueued() throws Exception {
        Path file = dir.resolve("summit.db");
        try (Database db = Database.open(file, Duration.ofSeconds(10))) {
            UnansweredLog log = new UnansweredLog(db);
            ForeignWriteLock lock = ForeignWriteLock.on(file);
            for (int i = 0; i < 1_000; i++) {
                log.record(entry("question " + i));
            }
            // The lock goes while close() waits: everything queued is still written.
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(300);
                    lock.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            log.close();
            release.get(5, TimeUnit.SECONDS);

            assertThat(rows(db)).isEqualTo(1_000);
        }
    }

    @Test
    void pastTenThousandWaitingTheNewestAreDropped() throws Exception {
        Path file = dir.resolve("summit.db");
        try (Database db = Database.open(file, Duration.ofSeconds(30))) {
            UnansweredLog log = new UnansweredLog(db);
            try (ForeignWriteLock lock = ForeignWriteLock.on(file)) {
                for (int i = 0; i < 12_000; i++) {
                    log.record(entry("question " + i));
                }
            }
            log.close();

            // The queue's 10,000, and at most one batch of 200 the writer had already taken out of it.
            assertThat(rows(db)).isBetween(10_000, 10_200);
        }
    }

    @Test
    void aTopicChosenRightAfterTheQuestionIsRecordedOnIt() {
        try (Database db = Database.open(dir.resolve("summit.db")); UnansweredLog log = new UnansweredLog(db)) {
            log.record(entry("is kim taking his sister along?"));
            log.chosen("Is Kim taking his sister along?", "participants");

            assertThat(log.mostFrequent(5)).singleElement()
                    .satisfies(s -> assertThat(s.chosenIntent()).isEqualTo("participants"));
        }
    }
}
