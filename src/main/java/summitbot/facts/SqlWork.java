package summitbot.facts;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on one borrowed connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
