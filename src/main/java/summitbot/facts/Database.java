package summitbot.facts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The bot's SQLite database: migrated with Flyway on open, WAL mode, a busy timeout, and a
 * small pool of connections so readers on several threads never wait for each other.
 */
public final class Database implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 4;
    /**
     * How long a write waits for another process's write lock (an admin's import, a backup) before
     * it fails. Reads never wait for writers (WAL), so users keep being answered meanwhile.
     */
    public static final Duration BUSY_WAIT = Duration.ofSeconds(30);

    private final Path file;
    private final SQLiteDataSource dataSource;
    private final Duration busyWait;
    private final BlockingQueue<Connection> pool;
    private final List<Connection> all;
    // SQLite allows one writer at a time; writers of this process queue here, handing over at once,
    // instead of in SQLite's busy handler, which sleeps in steps of milliseconds.
    private final ReentrantLock writeLock = new ReentrantLock();
    // Statements each pooled connection keeps prepared for the one-number queries made several times
    // per question (a revision check per store): preparing them cost more than running them. Only the
    // thread that borrowed a connection touches its statements.
    private final Map<Connection, Map<String, PreparedStatement>> prepared = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private Database(Path file, SQLiteDataSource dataSource, List<Connection> connections, Duration busyWait) {
        this.busyWait = busyWait;
        this.file = file;
        this.dataSource = dataSource;
        this.all = new ArrayList<>(connections);
        this.pool = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    /** Opens (creating and migrating if needed) the database at {@code file}. */
    public static Database open(Path file) {
        return open(file, BUSY_WAIT);
    }

    /** As {@link #open(Path)}, with writes waiting at most {@code busyWait} for another process's lock. */
    public static Database open(Path file, Duration busyWait) {
        Path absolute = file.toAbsolutePath().normalize();
        prepareLocation(absolute);
        SQLiteDataSource dataSource = dataSource(absolute, busyWait);
        migrate(dataSource, absolute);
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                connections.add(dataSource.getConnection());
            }
        } catch (SQLException e) {
            connections.forEach(Database::closeQuietly);
            throw new DatabaseException("cannot open database " + absolute + ": " + firstLine(e), e);
        }
        log.info("database {} ready", absolute);
        return new Database(absolute, dataSource, connections, busyWait);
    }

    public Path file() {
        return file;
    }

    /** Runs read-only work on a pooled connection. */
    public <T> T read(SqlWork<T> work) {
        Connection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("database read failed: " + firstLine(e), e);
        } finally {
            pool.offer(c);
        }
    }

    /**
     * The first column of the first row of {@code sql} (a query without parameters) as a number, 0
     * when there is no row; the statement stays prepared on its connection for the next call.
     */
    public long readNumber(String sql) {
        return read(c -> {
            Map<String, PreparedStatement> mine = prepared.computeIfAbsent(c, k -> new HashMap<>());
            PreparedStatement ps = mine.get(sql);
            if (ps == null) {
                ps = c.prepareStatement(sql);
                mine.put(sql, ps);
            }
            // Closing the result resets the statement, so no read transaction outlives the call.
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** Runs work in one immediate transaction: all of it commits, or none of it. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            return writeLocked(work);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * As {@link #write}, but waiting at most {@code wait} for the write lock (this process's and
     * another's): for work that has something better to do than wait, like the bot's inbox.
     */
    public <T> T writeWithin(Duration wait, SqlWork<T> work) {
        try {
            if (!writeLock.tryLock(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new DatabaseException("database write failed: busy (this process is writing)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the database");
        }
        try {
            return writeLocked(work, wait);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T writeLocked(SqlWork<T> work) {
        return writeLocked(work, null);
    }

    // wait: a shorter busy wait than the database's for this one transaction, or null.
    private <T> T writeLocked(SqlWork<T> work, Duration wait) {
        Connection c = borrow();
        if (wait != null && !busyTimeout(c, wait)) {
            pool.offer(c);
            throw new DatabaseException("database write failed: cannot set the busy wait");
        }
        boolean healthy = false;
        try {
            // The driver marks the connection as in a transaction before its BEGIN IMMEDIATE; when
            // that BEGIN times out behind another process's lock, the connection is left half in
            // a transaction: it is replaced below, never handed out again.
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                c.setAutoCommit(true);
                healthy = true;
                return result;
            } catch (SQLException | RuntimeException e) {
                healthy = rolledBack(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("database write failed: " + firstLine(e), e);
        } finally {
            if (wait != null && healthy) {
                healthy = busyTimeout(c, busyWait);
            }
            pool.offer(healthy ? c : replacement(c));
        }
    }

    private static boolean busyTimeout(Connection c, Duration wait) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, wait.toMillis()));
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean rolledBack(Connection c, Exception cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            return true;
        } catch (SQLException e) {
            cause.addSuppressed(e);
            return false;
        }
    }

    // A fresh connection for one whose transaction could not be set up or ended cleanly.
    private Connection replacement(Connection broken) {
        closeQuietly(broken);
        prepared.remove(broken);
        try {
            Connection fresh = dataSource.getConnection();
            synchronized (all) {
                all.remove(broken);
                all.add(fresh);
            }
            log.warn("replaced a database connection whose transaction could not be set up or ended");
            return fresh;
        } catch (SQLException e) {
            // Keep the pool its size: the closed one fails its next use with a clear error, and is replaced then.
            log.error("cannot reopen a database connection: {}", firstLine(e));
            return broken;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (all) {
            all.forEach(Database::closeQuietly);
        }
    }

    private Connection borrow() {
        if (closed) {
            // Late work (a queued write after a stop) must not reopen the file through a closed pool.
            throw new DatabaseException("database " + file + " is closed");
        }
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the database");
        }
    }

    private static void prepareLocation(Path file) {
        if (Files.isDirectory(file)) {
            throw new DatabaseException("database path " + file + " is a folder, not a file");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | SecurityException e) {
            throw new DatabaseException("cannot create folder for database " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        if (Files.exists(file) && isReadOnly(file)) {
            throw new DatabaseException("database " + file + " is read-only; the bot needs to write to it");
        }
        if (!Files.exists(file) && isReadOnly(file.getParent())) {
            throw new DatabaseException("cannot create database " + file + ": its folder is read-only");
        }
    }

    // Checks the permission bits, not access(2): running as root would otherwise ignore a read-only mark.
    private static boolean isReadOnly(Path path) {
        try {
            return !Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE)
                    || !Files.isWritable(path);
        } catch (UnsupportedOperationException e) {
            return !Files.isWritable(path);
        } catch (IOException e) {
            return true;
        }
    }

    private static SQLiteDataSource dataSource(Path file, Duration busyWait) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyWait.toMillis()));
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        return dataSource;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new DatabaseException("cannot open database " + file + ": " + explain(e), e);
        }
    }

    private static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("not a database") || m.contains("SQLITE_NOTADB"))) {
                return "the file is not an SQLite database";
            }
            if (m != null && m.contains("SQLITE_CORRUPT")) {
                return "the file is damaged or not an SQLite database";
            }
            if (m != null && (m.contains("readonly") || m.contains("SQLITE_READONLY"))) {
                return "the file is read-only";
            }
            if (m != null && m.contains("SQLITE_CANTOPEN")) {
                return "the file cannot be opened";
            }
            if (m != null && (m.contains("SQLITE_BUSY") || m.contains("database is locked"))) {
                return "another process holds its write lock; try again when it is done";
            }
        }
        return firstLine(e);
    }

    static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing on shutdown: nothing useful to do
        }
    }
}
