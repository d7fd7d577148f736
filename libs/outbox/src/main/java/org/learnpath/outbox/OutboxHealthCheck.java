package org.learnpath.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when events have stopped flowing (Kafka unreachable for longer than stuck-after): writes are
 * still stored safely, but other services no longer hear about them.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean stuck = relay.oldestAge().compareTo(config.stuckAfter()) > 0;
        return HealthCheckResponse.named("outbox")
                .status(!stuck)
                .withData("backlog", relay.backlog())
                .withData("oldestAgeSeconds", relay.oldestAge().toSeconds())
                // Parked events no longer hold anything back: worth an operator's look, not a reason to stop traffic.
                .withData("parked", relay.parked())
                .withData("relayRunning", relay.isRunning() || !config.relayEnabled())
                .build();
    }
}
