package org.learnpath.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Publications a service makes once per database, such as announcing what its migrations seeded: migrations write
 * no events, yet consumers must be able to rebuild everything from the topics. Each is named by a row of the
 * service's {@code publication_marker} table (name primary key, created by the service's own migrations).
 */
@ApplicationScoped
public class OneTimePublications {

    private final DataSource dataSource;

    public OneTimePublications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code publication} in a new transaction, together with the claim of {@code name}, unless that name was
     * claimed before; true if it ran. The marker's primary key makes this once-only even when several instances start
     * together: the others wait for the first one's transaction and then find the name taken.
     */
    public boolean runOnce(String name, Runnable publication) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!claim(name)) {
                return false;
            }
            publication.run();
            return true;
        });
    }

    private boolean claim(String name) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into publication_marker (name) values (?) on conflict do nothing")) {
            insert.setString(1, name);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the one-time publication " + name, e);
        }
    }
}
