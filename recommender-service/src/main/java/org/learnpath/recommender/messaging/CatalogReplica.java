package org.learnpath.recommender.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.messaging.ContractReader;
import org.learnpath.messaging.MessagingConfig;
import org.learnpath.messaging.ReplicaApplier;
import org.learnpath.recommender.service.CatalogService;

/**
 * Keeps this service's copy of the catalog (skills, modules with their prerequisites, goals) from the compacted
 * catalog topic, so that planning never calls the catalog service. Idempotent: upserts keep the highest version and
 * a deletion removes only a copy that is not newer, so a redelivery after a crash is harmless.
 * <p>
 * A record is checked against the contract (schema, key) before anything is written; one that breaks it is
 * dead-lettered (channel failure strategy). The write itself is retried in place while the database fails
 * ({@link ReplicaApplier}). A null value is not a catalog record and changes nothing.
 */
@ApplicationScoped
public class CatalogReplica {

    static final String REPLICA = "catalog";

    private final CatalogService catalog;
    private final ReplicaApplier applier;
    private final ContractReader<CatalogEvent> reader;

    public CatalogReplica(CatalogService catalog, ReplicaApplier applier, MessagingConfig config) {
        this.catalog = catalog;
        this.applier = applier;
        this.reader = new ContractReader<>(CatalogEvent.class, CatalogEvent.SCHEMA_RESOURCE, config.maxValueBytes());
    }

    @Incoming("catalog")
    @Blocking(ordered = true)
    public void apply(ConsumerRecord<String, String> record) {
        applier.applyEvent(REPLICA, record, reader, CatalogEvent::key, catalog::applyReplicated);
    }
}
