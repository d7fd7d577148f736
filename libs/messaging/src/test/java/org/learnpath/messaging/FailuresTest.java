package org.learnpath.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FailuresTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "08000", "08001", "08003", "08006", "08P01", // connection
            "40001", "40P01", // serialization failure, deadlock
            "53000", "53100", "53200", "53300", // resources: disk full, out of memory, too many connections
            "55000", "55P03", "55006", // database not accepting connections, lock timeout, object in use
            "57014", "57P01", "57P02", "57P03", // statement timeout, admin and crash shutdown, cannot connect now
            "58000", "58030", // system error, I/O error
            "25006" // read-only transaction: connected to a standby after a failover
    })
    void theEnvironmentsFailuresAreTransient(String sqlState) {
        assertThat(Failures.classify(new SQLException("failed", sqlState))).isEqualTo(FailureKind.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22001", "22021", "22P02", "22003", "23505", "23503", "23502", "23514", "40002"})
    void dataAndIntegrityErrorsArePermanent(String sqlState) {
        assertThat(Failures.classify(new SQLException("refused", sqlState))).isEqualTo(FailureKind.PERMANENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"42P01", "42703", "XX000", "25P02", "HY000", "0A000"})
    void otherSqlStatesAreUnknown(String sqlState) {
        assertThat(Failures.classify(new SQLException("odd", sqlState))).isEqualTo(FailureKind.UNKNOWN);
    }

    @Test
    void thePoolsOwnTimeoutsAreTransient() {
        assertThat(Failures.classify(new SQLException("Sorry, acquisition timeout!"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(Failures.classify(new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException()))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(Failures.classify(new SQLException("This pool is closed and does not handle any more connections!")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(Failures.classify(new SQLTransientConnectionException("no connection")))
                .isEqualTo(FailureKind.TRANSIENT);
        assertThat(Failures.classify(new SQLException("something else"))).isEqualTo(FailureKind.UNKNOWN);
    }

    @Test
    void wrappersOfTheTransactionManagerAndOrmAreLookedThrough() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new RuntimeException("JDBC exception executing SQL",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));
        assertThat(Failures.classify(new IllegalStateException("commit failed", rollback))).isEqualTo(FailureKind.TRANSIENT);

        RollbackException refused = new RollbackException("ARJUNA016053: Could not commit transaction.");
        refused.initCause(new RuntimeException("could not execute statement",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertThat(Failures.classify(new RuntimeException(refused))).isEqualTo(FailureKind.PERMANENT);

        assertThat(Failures.classify(new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("FATAL: database \"x\" is not currently accepting connections", "55000"))))
                .isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void theNextExceptionOfABatchIsLookedAt() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", new int[0]);
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertThat(Failures.classify(batch)).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void contractAndParsingErrorsArePermanent() {
        assertThat(Failures.classify(new RecordRejected("breaks the schema"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(Failures.classify(new IllegalArgumentException("Malformed event"))).isEqualTo(FailureKind.PERMANENT);
        assertThat(Failures.classify(new JsonParseException(null, "Unexpected character"))).isEqualTo(FailureKind.PERMANENT);
        // The outermost decisive exception wins: a rejection wrapping a database error is still a rejection.
        assertThat(Failures.classify(new RecordRejected("gave up", new SQLException("x", "08006"))))
                .isEqualTo(FailureKind.PERMANENT);
    }

    @Test
    void anythingElseIsUnknown() {
        assertThat(Failures.classify(new NullPointerException())).isEqualTo(FailureKind.UNKNOWN);
        assertThat(Failures.classify(new IllegalStateException("ARJUNA016102: The transaction is not active!")))
                .isEqualTo(FailureKind.UNKNOWN);
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(Failures.classify(a)).isEqualTo(FailureKind.UNKNOWN);
    }
}
