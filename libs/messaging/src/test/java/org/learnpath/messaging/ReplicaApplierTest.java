package org.learnpath.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ReplicaApplierTest {

    private static final ConsumerRecord<String, String> RECORD = new ConsumerRecord<>("learnpath.items.v1", 2, 17, "k", "v");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ReplicaStatus status = new ReplicaStatus();

    /** An applier whose attempts fail with {@code failures}, in order, then succeed; counts the attempts. */
    private ReplicaApplier applier(int unknownAttempts, AtomicInteger attempts, Throwable... failures) {
        Deque<Throwable> left = new ArrayDeque<>(List.of(failures));
        return new ReplicaApplier(new TestConfig(unknownAttempts, Duration.ofHours(1)), status, registry, work -> {
            attempts.incrementAndGet();
            Throwable next = left.poll();
            if (next != null) {
                // As QuarkusTransaction reports a failed attempt: wrapped.
                throw new RuntimeException("attempt failed", next);
            }
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private double retries(String kind) {
        var counter = registry.find("learnpath.replica.retries").tags("replica", "items", "kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void transientFailuresAreRetriedUntilTheRecordIsApplied() {
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger applied = new AtomicInteger();
        SQLException down = new SQLException("FATAL: database is not currently accepting connections", "55000");
        ReplicaApplier applier = applier(2, attempts, down, down, down, new SQLException("I/O error", "08006"), down);

        applier.apply("items", RECORD, applied::incrementAndGet);

        assertThat(attempts).hasValue(6);
        assertThat(applied).hasValue(1);
        assertThat(retries("transient")).isEqualTo(5);
        assertThat(status.failing("items")).isEmpty();
    }

    @Test
    void aPermanentFailureIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        ReplicaApplier applier = applier(5, attempts, new SQLException("invalid byte sequence", "22021"));

        assertThatThrownBy(() -> applier.apply("items", RECORD, () -> { }))
                .hasRootCauseInstanceOf(SQLException.class);
        assertThat(attempts).hasValue(1);
        assertThat(status.failing("items")).isEmpty();
    }

    @Test
    void unknownFailuresAreRetriedABoundedNumberOfTimesThenRejected() {
        AtomicInteger attempts = new AtomicInteger();
        SQLException transientFailure = new SQLException("deadlock detected", "40P01");
        ReplicaApplier applier = applier(3, attempts, new NullPointerException(), transientFailure,
                new NullPointerException(), new NullPointerException(), new NullPointerException());

        assertThatThrownBy(() -> applier.apply("items", RECORD, () -> { })).isInstanceOf(RecordRejected.class)
                .hasMessageContaining("3 times");
        // Transient failures in between do not use up the budget of unknown ones.
        assertThat(attempts).hasValue(4);
        assertThat(retries("unknown")).isEqualTo(2);
        assertThat(retries("transient")).isEqualTo(1);
    }

    @Test
    void retriesStopWithoutDeadLetteringWhenTheApplicationStops() {
        AtomicInteger attempts = new AtomicInteger();
        ReplicaApplier applier = applier(3, attempts, new SQLException("I/O error", "08006"));
        applier.onStop(null);

        assertThatThrownBy(() -> applier.apply("items", RECORD, () -> { })).isInstanceOf(RetryAbandoned.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void readinessIsDownOnlyWhileARecordFailsForLongerThanTheLimit() {
        ReplicaHealthCheck strict = new ReplicaHealthCheck(status, new TestConfig(3, Duration.ZERO));
        ReplicaHealthCheck lenient = new ReplicaHealthCheck(status, new TestConfig(3, Duration.ofHours(1)));
        status.known("catalog");
        assertThat(strict.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        status.failed("catalog", "learnpath.catalog.v1-0@5", FailureKind.TRANSIENT, new SQLException("down", "08006"));
        status.failed("catalog", "learnpath.catalog.v1-0@5", FailureKind.TRANSIENT, new SQLException("down", "08006"));
        HealthCheckResponse down = strict.call();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(down.getName()).isEqualTo("replicas");
        assertThat(down.getData().orElseThrow().get("catalog").toString()).contains("2 attempts", "0@5", "TRANSIENT");
        assertThat(lenient.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(status.failing("catalog").orElseThrow().attempts()).isEqualTo(2);

        status.settled("catalog");
        assertThat(strict.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(strict.call().getData().orElseThrow().get("catalog")).isEqualTo("ok");
    }
}
