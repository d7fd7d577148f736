package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.HostileRecords;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.TopicReader;

/**
 * The replicas delete an entry only on a deletion event as the catalog and the item bank publish it, and only when
 * their copy is not newer; a null value under an existing key, whoever wrote it, changes nothing.
 */
@QuarkusTest
@LearnPathTestResources
class ReplicaDeletionTest {

    @Test
    void aStrayNullRecordDeletesNothing() {
        Fixtures.Curriculum curriculum = Fixtures.curriculum("stray" + UUID.randomUUID().toString().substring(0, 6));
        String module = curriculum.modules().get(0);
        String skill = curriculum.skills().get(0);
        UUID item = curriculum.items().get(skill).get(0);
        double ignoredCatalog = ignored("catalog");
        double ignoredItems = ignored("items");

        sendThenMarker(CatalogTopic.NAME, CatalogTopic.moduleKey(module), null, moduleUpsert(module + "-after-null", 0));
        sendThenMarker(CatalogTopic.NAME, CatalogTopic.skillKey(skill), null, moduleUpsert(skill + "-after-null", 0));
        UUID marker = UUID.randomUUID();
        sendThenMarker(ItemTopic.NAME, item.toString(), null, itemUpsert(marker, skill, 1));
        awaitCount("select count(*) from catalog_module where slug in (?, ?)", 2, module + "-after-null",
                skill + "-after-null");
        awaitCount("select count(*) from catalog_item where id = ?", 1, marker);

        assertThat(count("select count(*) from catalog_module where slug = ?", module)).isOne();
        assertThat(count("select count(*) from catalog_skill where code = ?", skill)).isOne();
        assertThat(count("select count(*) from catalog_item where id = ?", item)).isOne();
        assertThat(ignored("catalog")).isEqualTo(ignoredCatalog + 2);
        assertThat(ignored("items")).isEqualTo(ignoredItems + 1);
    }

    @Test
    void aDeletionEventDeletesTheEntryUnlessItIsNewer() {
        Fixtures.Curriculum curriculum = Fixtures.curriculum("deleted" + UUID.randomUUID().toString().substring(0, 6));
        String goal = curriculum.goal();
        String module = curriculum.modules().get(2);
        String skill = curriculum.skills().get(0);
        UUID kept = curriculum.items().get(skill).get(0);
        UUID removed = curriculum.items().get(skill).get(1);

        Fixtures.send(List.of(record(CatalogTopic.NAME, CatalogEvent.goalDeleted(UUID.randomUUID(), Instant.now(), goal, 0)),
                record(ItemTopic.NAME, ItemEvent.deletion(UUID.randomUUID(), Instant.now(), removed, 1))));
        awaitCount("select count(*) from catalog_goal where slug = ?", 0, goal);
        awaitCount("select count(*) from catalog_item where id = ?", 0, removed);

        // The module moves on to version 2; a deletion of version 1 is stale, one of version 2 is not.
        Fixtures.send(List.of(new org.apache.kafka.clients.producer.ProducerRecord<>(CatalogTopic.NAME,
                CatalogTopic.moduleKey(module), moduleUpsert(module, 2))));
        awaitCount("select count(*) from catalog_module where slug = ? and version = 2", 1, module);
        String staleModule = EventJson.write(CatalogEvent.moduleDeleted(UUID.randomUUID(), Instant.now(), module, 1));
        sendThenMarker(CatalogTopic.NAME, CatalogTopic.moduleKey(module), staleModule, moduleUpsert(module + "-mark", 0));
        // The replica has the items at version 1.
        String staleItem = EventJson.write(ItemEvent.deletion(UUID.randomUUID(), Instant.now(), kept, 0));
        UUID marker = UUID.randomUUID();
        sendThenMarker(ItemTopic.NAME, kept.toString(), staleItem, itemUpsert(marker, skill, 1));
        awaitCount("select count(*) from catalog_module where slug = ?", 1, module + "-mark");
        awaitCount("select count(*) from catalog_item where id = ?", 1, marker);
        assertThat(count("select count(*) from catalog_module where slug = ?", module)).isOne();
        assertThat(count("select count(*) from catalog_item where id = ?", kept)).isOne();

        Fixtures.send(List.of(record(CatalogTopic.NAME, CatalogEvent.moduleDeleted(UUID.randomUUID(), Instant.now(),
                module, 2))));
        awaitCount("select count(*) from catalog_module where slug = ?", 0, module);
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, String> record(String topic,
            CatalogEvent event) {
        return new org.apache.kafka.clients.producer.ProducerRecord<>(topic, event.key(), EventJson.write(event));
    }

    private static org.apache.kafka.clients.producer.ProducerRecord<String, String> record(String topic,
            ItemEvent event) {
        return new org.apache.kafka.clients.producer.ProducerRecord<>(topic, event.id().toString(),
                EventJson.write(event));
    }

    private static String moduleUpsert(String slug, long version) {
        return EventJson.write(CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.ModuleState(
                slug, "Module " + slug, "Test module", "MACHINE_LEARNING", "BEGINNER", 10, List.of(), List.of(), version)));
    }

    private static String itemUpsert(UUID id, String skill, long version) {
        return EventJson.write(new ItemEvent(1, UUID.randomUUID(), Instant.now(),
                new ItemEvent.ItemState(id, version, List.of(skill), 0, ItemEvent.Status.PUBLISHED)));
    }

    /**
     * {@code value} (null: a tombstone) under {@code key}, then {@code marker}, a new entry, in the same partition:
     * once the marker is applied, the record before it has been consumed.
     */
    private static void sendThenMarker(String topic, String key, String value, String marker) {
        int partition = partitionOf(topic, key);
        String markerKey = topic.equals(ItemTopic.NAME) ? EventJson.read(marker, ItemEvent.class).id().toString()
                : EventJson.read(marker, CatalogEvent.class).key();
        List<HostileRecords.Hostile> records = new ArrayList<>();
        records.add(new HostileRecords.Hostile("record", key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8), List.of()));
        records.add(new HostileRecords.Hostile("marker", markerKey.getBytes(StandardCharsets.UTF_8),
                marker.getBytes(StandardCharsets.UTF_8), List.of()));
        HostileRecords.send(topic, records, new int[] {partition, partition});
    }

    private static int partitionOf(String topic, String key) {
        List<ConsumerRecord<String, String>> records = TopicReader.readAll(topic).stream()
                .filter(r -> key.equals(r.key())).toList();
        assertThat(records).as("records of " + key).isNotEmpty();
        return records.get(records.size() - 1).partition();
    }

    private static double ignored(String replica) {
        return Metrics.value("learnpath_replica_ignored_total{reason=\"null-value\",replica=\"" + replica + "\"}")
                .orElse(0);
    }
}
