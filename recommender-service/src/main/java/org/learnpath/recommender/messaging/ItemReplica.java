package org.learnpath.recommender.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.messaging.ContractReader;
import org.learnpath.messaging.MessagingConfig;
import org.learnpath.messaging.ReplicaApplier;
import org.learnpath.recommender.service.CatalogService;

/**
 * Keeps the recommendable items per skill from the compacted item topic, so that choosing the next item never
 * calls the assessment service. Idempotent, checked, retried and dead-lettered like {@link CatalogReplica}; the
 * record key must be the item's id, in its canonical form.
 */
@ApplicationScoped
public class ItemReplica {

    static final String REPLICA = "items";

    private final CatalogService catalog;
    private final ReplicaApplier applier;
    private final ContractReader<ItemEvent> reader;

    public ItemReplica(CatalogService catalog, ReplicaApplier applier, MessagingConfig config) {
        this.catalog = catalog;
        this.applier = applier;
        this.reader = new ContractReader<>(ItemEvent.class, ItemEvent.SCHEMA_RESOURCE, config.maxValueBytes());
    }

    @Incoming("items")
    @Blocking(ordered = true)
    public void apply(ConsumerRecord<String, String> record) {
        applier.applyEvent(REPLICA, record, reader, event -> event.id().toString(), catalog::applyReplicated);
    }
}
