package org.learnpath.recommender.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.messaging.ContractReader;
import org.learnpath.messaging.MessagingConfig;
import org.learnpath.messaging.RecordRejected;
import org.learnpath.messaging.ReplicaApplier;
import org.learnpath.recommender.repository.CatalogRepository;

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

    private final DataSource dataSource;
    private final CatalogRepository repository;
    private final ReplicaApplier applier;
    private final ContractReader<CatalogEvent> reader;

    public CatalogReplica(DataSource dataSource, CatalogRepository repository, ReplicaApplier applier,
            MessagingConfig config) {
        this.dataSource = dataSource;
        this.repository = repository;
        this.applier = applier;
        this.reader = new ContractReader<>(CatalogEvent.class, CatalogEvent.SCHEMA_RESOURCE, config.maxValueBytes());
    }

    @Incoming("catalog")
    @Blocking(ordered = true)
    public void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            applier.ignore(REPLICA, record, "null-value");
            return;
        }
        CatalogEvent event = reader.read(record.value());
        if (!event.key().equals(record.key())) {
            throw new RecordRejected("record key does not match the event's (" + event.key() + ")");
        }
        applier.apply(REPLICA, record, () -> {
            try (Connection c = dataSource.getConnection()) {
                switch (event.type()) {
                    case SKILL_UPSERTED -> repository.upsertSkill(c, event.skill().code(), event.skill().name(),
                            event.skill().version());
                    case MODULE_UPSERTED -> repository.upsertModule(c, event.module().slug(), event.module().title(),
                            event.module().skills(), event.module().prerequisites(), event.module().version());
                    case GOAL_UPSERTED -> repository.upsertGoal(c, event.goal().slug(), event.goal().name(),
                            event.goal().modules(), event.goal().version());
                    case SKILL_DELETED -> repository.deleteUpTo(c, "catalog_skill", "code", event.deleted().id(),
                            event.deleted().version());
                    case MODULE_DELETED -> repository.deleteUpTo(c, "catalog_module", "slug", event.deleted().id(),
                            event.deleted().version());
                    case GOAL_DELETED -> repository.deleteUpTo(c, "catalog_goal", "slug", event.deleted().id(),
                            event.deleted().version());
                }
                repository.bumpRevision(c);
            }
        });
    }
}
