package summitbot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Another process's hold on an SQLite file: a second, independent connection in an exclusive
 * transaction, until closed.
 */
public final class ForeignWriteLock implements AutoCloseable {
    private final Connection connection;

    private ForeignWriteLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the write lock of {@code file}. */
    public static ForeignWriteLock on(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
        }
        return new ForeignWriteLock(c);
    }

    /** Releases the lock, changing nothing. */
    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        }
        connection.close();
    }
}
