package org.learnpath.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Per replica (channel), the record it is stuck on, if any: what {@link ReplicaHealthCheck} reports. */
@ApplicationScoped
public class ReplicaStatus {

    /** A record that has not been applied yet because every attempt so far failed. */
    public record Failing(String record, Instant since, int attempts, FailureKind kind, String lastError) {

        public Duration age(Instant now) {
            return Duration.between(since, now);
        }
    }

    private final Map<String, Optional<Failing>> replicas = new ConcurrentHashMap<>();

    /** The replica has a consumer; it shows in readiness as healthy until it fails. */
    void known(String replica) {
        replicas.putIfAbsent(replica, Optional.empty());
    }

    void failed(String replica, String record, FailureKind kind, Throwable error) {
        replicas.compute(replica, (name, current) -> {
            Failing previous = current == null ? null : current.orElse(null);
            boolean same = previous != null && previous.record().equals(record);
            return Optional.of(new Failing(record, same ? previous.since() : Instant.now(),
                    same ? previous.attempts() + 1 : 1, kind, String.valueOf(error)));
        });
    }

    /** The record was applied, ignored or dead-lettered: the replica is no longer stuck on it. */
    void settled(String replica) {
        replicas.put(replica, Optional.empty());
    }

    public Optional<Failing> failing(String replica) {
        return replicas.getOrDefault(replica, Optional.empty());
    }

    /** Every replica seen, by name. */
    public Map<String, Optional<Failing>> all() {
        return new TreeMap<>(replicas);
    }
}
