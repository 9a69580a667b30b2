package summitbot.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aNewDatabaseFileIsCreatedMigratedAndSeeded() {
        Path file = dir.resolve("nested/folder/summit.db");
        try (Database db = Database.open(file)) {
            assertThat(file).exists();
            assertThat(count(db, "SELECT count(*) FROM paragraph")).isEqualTo(24); // 23 and the headline
            assertThat(count(db, "SELECT count(*) FROM fact")).isGreaterThan(50);
            assertThat(count(db, "SELECT count(*) FROM flyway_schema_history WHERE success = 1")).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aNumberReadThroughAKeptStatementFollowsAnotherProcesssWrites() {
        Path file = dir.resolve("summit.db");
        try (Database bot = Database.open(file); Database shell = Database.open(file)) {
            // More reads than the pool has connections, so every kept statement is used again.
            for (int i = 0; i < 12; i++) {
                long before = bot.readNumber("SELECT revision FROM unit_revision WHERE id = 1");
                new FactStore(shell).set("location.place", "Vladivostok " + i, "editor");
                assertThat(bot.readNumber("SELECT revision FROM unit_revision WHERE id = 1")).isGreaterThan(before);
            }
            assertThat(bot.readNumber("SELECT revision FROM unit_revision WHERE id = 2")).isZero();
        }
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsData() {
        Path file = dir.resolve("summit.db");
        try (Database db = Database.open(file)) {
            new FactStore(db).set("location.place", "Russky Island, Vladivostok", "editor");
        }
        try (Database db = Database.open(file)) {
            assertThat(new FactStore(db).value("location.place")).contains("Russky Island, Vladivostok");
        }
    }

    @Test
    void theDatabaseRunsInWalModeWithABusyTimeout() {
        try (Database db = Database.open(dir.resolve("summit.db"))) {
            String mode = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            long timeout = count(db, "PRAGMA busy_timeout");
            assertThat(mode).isEqualToIgnoringCase("wal");
            assertThat(timeout).isPositive();
        }
    }

    @Test
    void paragraphsAreFullTextIndexed() {
        try (Database db = Database.open(dir.resolve("summit.db"))) {
            long position = count(db, "SELECT p.position FROM paragraph_fts f JOIN paragraph p ON p.id = f.rowid"
                    + " WHERE paragraph_fts MATCH 'wheat AND chongjin'");
            assertThat(position).isEqualTo(8);
        }
    }

    @Test
    void aReadOnlyDatabaseFileIsRefusedWithOneLine() throws Exception {
        Path file = dir.resolve("summit.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("read-only")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedWithOneLine() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are not the tables you are looking for ".repeat(200));
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not an SQLite database")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedWithOneLine() throws Exception {
        Path blocker = dir.resolve("plain-file");
        Files.writeString(blocker, "x");
        assertThatThrownBy(() -> Database.open(blocker.resolve("sub/summit.db")))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("cannot create folder")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aFolderGivenAsTheDatabaseIsRefused() {
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("is a folder");
    }

    static long count(Database db, String sql) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
