package org.learnpath.recommender.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.learnpath.events.EventJson;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.recommender.repository.CatalogRepository;

/**
 * Keeps the recommendable items per skill from the compacted item topic, so that choosing the next item never
 * calls the assessment service. Idempotent like {@link CatalogReplica}.
 */
@ApplicationScoped
public class ItemReplica {

    private final DataSource dataSource;
    private final CatalogRepository repository;

    public ItemReplica(DataSource dataSource, CatalogRepository repository) {
        this.dataSource = dataSource;
        this.repository = repository;
    }

    @Incoming("items")
    @Blocking(ordered = true)
    @Transactional
    public void apply(ConsumerRecord<String, String> record) throws SQLException {
        UUID id = UUID.fromString(record.key());
        try (Connection c = dataSource.getConnection()) {
            if (record.value() == null) {
                repository.delete(c, "catalog_item", "id", id);
            } else {
                ItemEvent.ItemState item = EventJson.read(record.value(), ItemEvent.class).item();
                repository.upsertItem(c, item.id(), item.skillCodes(), item.difficulty(), item.status().name(),
                        item.version());
            }
            repository.bumpRevision(c);
        }
    }
}
