package org.learnpath.testinfra;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Reads a test's database directly, to check what a service stored. */
public final class Db {

    private Db() {
    }

    /** The single number a query returns (e.g. a count), with positional parameters. */
    public static long count(String sql, Object... params) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
