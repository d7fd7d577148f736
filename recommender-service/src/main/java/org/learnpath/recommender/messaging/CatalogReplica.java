package org.learnpath.recommender.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.recommender.repository.CatalogRepository;

/**
 * Keeps this service's copy of the catalog (skills, modules with their prerequisites, goals) from the compacted
 * catalog topic, so that planning never calls the catalog service. Idempotent: upserts keep the highest version,
 * so a redelivery after a crash is harmless.
 */
@ApplicationScoped
public class CatalogReplica {

    private final DataSource dataSource;
    private final CatalogRepository repository;

    public CatalogReplica(DataSource dataSource, CatalogRepository repository) {
        this.dataSource = dataSource;
        this.repository = repository;
    }

    @Incoming("catalog")
    @Blocking(ordered = true)
    @Transactional
    public void apply(ConsumerRecord<String, String> record) throws SQLException {
        String key = record.key();
        if (key == null) {
            throw new IllegalArgumentException("Catalog record without key at offset " + record.offset());
        }
        try (Connection c = dataSource.getConnection()) {
            if (record.value() == null) {
                if (key.startsWith(CatalogTopic.SKILL_PREFIX)) {
                    repository.delete(c, "catalog_skill", "code", key.substring(CatalogTopic.SKILL_PREFIX.length()));
                } else if (key.startsWith(CatalogTopic.MODULE_PREFIX)) {
                    repository.delete(c, "catalog_module", "slug", key.substring(CatalogTopic.MODULE_PREFIX.length()));
                } else if (key.startsWith(CatalogTopic.GOAL_PREFIX)) {
                    repository.delete(c, "catalog_goal", "slug", key.substring(CatalogTopic.GOAL_PREFIX.length()));
                }
            } else {
                CatalogEvent event = EventJson.read(record.value(), CatalogEvent.class);
                switch (event.type()) {
                    case SKILL_UPSERTED -> repository.upsertSkill(c, event.skill().code(), event.skill().name(),
                            event.skill().version());
                    case MODULE_UPSERTED -> repository.upsertModule(c, event.module().slug(), event.module().title(),
                            event.module().skills(), event.module().prerequisites(), event.module().version());
                    case GOAL_UPSERTED -> repository.upsertGoal(c, event.goal().slug(), event.goal().name(),
                            event.goal().modules(), event.goal().version());
                    default -> {
                        return;
                    }
                }
            }
            repository.bumpRevision(c);
        }
    }
}
