package org.quire.store;

import java.sql.SQLException;

/**
 * A database failure that is not the user's doing (disk full, a bug). Constraint violations the
 * user can cause are checked by the services first and reported as {@code QuireException}s.
 */
public class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQL state of the underlying error, e.g. "23505" for a unique constraint. */
    public String sqlState() {
        return getCause() instanceof SQLException e ? e.getSQLState() : null;
    }

    public boolean isUniqueViolation() {
        return "23505".equals(sqlState());
    }
}
