package org.learnpath.recommender.repository;

import java.sql.SQLException;

/**
 * A database error, unchecked so that it crosses the service layer without JDBC types. The driver's
 * {@link SQLException} stays its cause, so callers that classify failures by SQLState (the replicas' retries, see
 * libs/messaging Failures) still find it.
 */
public class DatabaseException extends RuntimeException {

    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** The SQLState of the driver's error, e.g. 23505 for a unique violation. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
