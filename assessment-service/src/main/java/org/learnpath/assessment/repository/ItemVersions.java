package org.learnpath.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** The stored version of items, read without loading them: how remembered items are checked for edits. */
@ApplicationScoped
public class ItemVersions {

    private final DataSource dataSource;

    public ItemVersions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The version of each of these items that is stored; an id with no item is left out. */
    public Map<UUID, Long> of(Collection<UUID> ids) {
        Map<UUID, Long> versions = new HashMap<>(ids.size() * 2);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id, version from item where id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read item versions", e);
        }
        return versions;
    }
}
