package summitbot.facts;

import java.util.function.Supplier;

/**
 * A copy of some tables that readers keep in memory, reloaded when a revision counter (bumped by
 * triggers on any change, by any process) moves: one cheap query per read instead of the tables.
 */
final class RevisionedCopy<T> {
    private record Copy<T>(long revision, T value) {
    }

    private final Database db;
    private final String revisionTable;
    private final Supplier<T> load;
    private volatile Copy<T> copy;

    /** @param revisionTable a one-row table {@code (id = 1, revision)} kept by triggers */
    RevisionedCopy(Database db, String revisionTable, Supplier<T> load) {
        this.db = db;
        this.revisionTable = revisionTable;
        this.load = load;
    }

    /** The current copy, reloaded first if the tables changed since it was made. */
    T get() {
        return current().value();
    }

    /** The revision the current copy was made at. */
    long revision() {
        return current().revision();
    }

    private Copy<T> current() {
        long revision = db.readNumber("SELECT revision FROM " + revisionTable + " WHERE id = 1");
        Copy<T> c = copy;
        if (c == null || c.revision() != revision) {
            c = new Copy<>(revision, load.get());
            copy = c;
        }
        return c;
    }
}
