package org.learnpath.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a replica has been stuck on one record for longer than {@code learnpath.messaging.retry.unready-after}
 * (the database refusing its writes, typically): the copy is going stale, and what this instance answers from it
 * may be out of date. Ready again once the record is applied. One check for all the replicas of the service, each
 * one's state in the data ({@code ok}, or since when it fails, how often and why).
 */
@Readiness
@ApplicationScoped
public class ReplicaHealthCheck implements HealthCheck {

    public static final String NAME = "replicas";

    private final ReplicaStatus status;
    private final MessagingConfig config;

    public ReplicaHealthCheck(ReplicaStatus status, MessagingConfig config) {
        this.status = status;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        boolean up = true;
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        for (Map.Entry<String, Optional<ReplicaStatus.Failing>> replica : status.all().entrySet()) {
            Optional<ReplicaStatus.Failing> failing = replica.getValue();
            if (failing.isEmpty()) {
                response.withData(replica.getKey(), "ok");
                continue;
            }
            ReplicaStatus.Failing f = failing.get();
            boolean stuck = f.age(now).compareTo(config.retry().unreadyAfter()) >= 0;
            up &= !stuck;
            response.withData(replica.getKey(), String.format("%s: %s for %d s, %d attempts, at %s: %s",
                    stuck ? "stuck" : "retrying", f.kind(), f.age(now).toSeconds(), f.attempts(), f.record(),
                    abbreviate(f.lastError())));
        }
        return response.status(up).build();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}
