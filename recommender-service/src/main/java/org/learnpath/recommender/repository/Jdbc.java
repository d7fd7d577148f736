package org.learnpath.recommender.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where the repositories get their connections, so that services never hold one nor see an {@link SQLException}.
 * Inside a transaction (QuarkusTransaction, @Transactional) every call gets the transaction's own connection, so the
 * statements of several repository calls commit or roll back together; outside one each call borrows a connection
 * from the pool and runs in autocommit.
 */
@ApplicationScoped
public class Jdbc {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} on a connection; a database error is rethrown as {@link DatabaseException}, its cause kept. */
    public <T> T call(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Like {@link #call}, for work without a result. */
    public void run(VoidWork work) {
        call(connection -> {
            work.on(connection);
            return null;
        });
    }

    /** Work on a connection, without a result. */
    @FunctionalInterface
    public interface VoidWork {
        void on(Connection connection) throws SQLException;
    }
}
