package org.learnpath.catalog.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.learnpath.catalog.config.CatalogConfig;
import org.learnpath.catalog.messaging.OutboxRelay;

/** Not ready when catalog events have stopped flowing: other services' copies of the catalog go stale. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final CatalogConfig config;

    public OutboxHealthCheck(OutboxRelay relay, CatalogConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        boolean stuck = relay.oldestAge().compareTo(config.outbox().stuckAfter()) > 0;
        return HealthCheckResponse.named("catalog-outbox")
                .status(!stuck)
                .withData("backlog", relay.backlog())
                .withData("oldestAgeSeconds", relay.oldestAge().toSeconds())
                .build();
    }
}
