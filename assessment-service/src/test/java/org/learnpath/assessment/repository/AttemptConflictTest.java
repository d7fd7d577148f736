package org.learnpath.assessment.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Conflicts are read from the driver's SQLState and constraint name; the message text plays no part. */
class AttemptConflictTest {

    @Test
    void aUniqueViolationIsClassifiedByTheIndexItNames() {
        assertThat(AttemptConflict.of(error("23505", "attempt_idempotency", "duplicate key")))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(AttemptConflict.Kind.IDEMPOTENCY_KEY));
        assertThat(AttemptConflict.of(error("23505", "attempt_number_per_item", "duplicate key")))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(AttemptConflict.Kind.ATTEMPT_NUMBER));
    }

    @Test
    void theMessageTextIsNeverRead() {
        // A server speaking another language, or a message quoting a value that looks like an index name.
        assertThat(AttemptConflict.of(error("23505", "attempt_number_per_item", "doppelter Schlüssel attempt_idempotency")))
                .hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(AttemptConflict.Kind.ATTEMPT_NUMBER));
        assertThat(AttemptConflict.of(error("23503", "attempt_item_fk", "violates attempt_idempotency"))).isEmpty();
        assertThat(AttemptConflict.of(error("23505", "other_index", "attempt_idempotency"))).isEmpty();
        assertThat(AttemptConflict.of(new SQLException("duplicate key attempt_idempotency", "23505"))).isEmpty();
    }

    @Test
    void aConflictIsFoundThroughTheWrappersOfATransactionManager() {
        AttemptConflict conflict = AttemptConflict.of(error("23505", "attempt_idempotency", "x")).orElseThrow();
        RuntimeException wrapped = new RuntimeException("commit failed", new IllegalStateException(conflict));
        assertThat(AttemptConflict.in(wrapped)).contains(AttemptConflict.Kind.IDEMPOTENCY_KEY);
        assertThat(AttemptConflict.in(new IllegalStateException("attempt_idempotency"))).isEmpty();
    }

    private static PSQLException error(String sqlState, String constraint, String message) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + sqlState + "\0M" + message + "\0n" + constraint + "\0"));
    }
}
