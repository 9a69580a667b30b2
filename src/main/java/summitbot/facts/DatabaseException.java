package summitbot.facts;

/** A database problem worth one line to the user: cannot open, cannot write, not SQLite. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
