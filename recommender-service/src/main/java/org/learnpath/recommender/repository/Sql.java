package org.learnpath.recommender.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Small JDBC conversions shared by the repositories. */
final class Sql {

    private Sql() {
    }

    static Array texts(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    /** PostgreSQL keeps microseconds: every instant is truncated the same way before it is stored or compared. */
    static long micros(Instant instant) {
        // Not ChronoUnit.MICROS.between: it counts in nanoseconds first, which overflow beyond about 292 years from
        // 1970, well inside the years PostgreSQL stores.
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
