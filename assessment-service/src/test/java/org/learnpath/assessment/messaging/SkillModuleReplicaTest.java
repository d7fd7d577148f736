package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.Fixtures.awaitRow;
import static org.learnpath.assessment.Fixtures.catalogModule;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.testinfra.Health;
import org.learnpath.testinfra.HostileRecords;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.ReplicaFuzz;
import org.learnpath.testinfra.TopicReader;
import org.learnpath.testinfra.TopicWriter;

/**
 * This service's catalog copy: deletions only as the catalog publishes them, never by a stray null record; and a
 * record fuzz run (see {@link ReplicaFuzz}) that changes nothing.
 */
@QuarkusTest
@LearnPathTestResources
class SkillModuleReplicaTest {

    private static final String NAMESPACE = "zzfuzz";
    /** See ReplicaFuzzTest in recommender-service: the bounds of learnpath.messaging.dead-letter.* and own headers. */
    private static final long DEAD_LETTER_BOUND = 1_024 + 65_536 + 8_192 + 9 * (2_048 + 64);

    @Test
    void aStrayNullRecordDeletesNothing() {
        String skill = unique("stray-skill");
        String module = unique("stray-module");
        catalogSkills(skill);
        catalogModule(module, skill);
        double ignored = ignored();

        sendThenMarker(CatalogTopic.skillKey(skill), null, unique("after-null-skill"));
        sendThenMarker(CatalogTopic.moduleKey(module), null, unique("after-null-module"));

        assertThat(count("select count(*) from catalog_skill where code = ?", skill)).isOne();
        assertThat(count("select count(*) from catalog_module where slug = ?", module)).isOne();
        assertThat(ignored()).isEqualTo(ignored + 2);
    }

    @Test
    void aDeletionEventDeletesTheEntryUnlessItIsNewer() {
        String skill = unique("deleted-skill");
        String module = unique("deleted-module");
        catalogSkills(skill);
        catalogModule(module, skill);
        CatalogEvent newer = CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.ModuleState(
                module, "Module v2", "Test module", "MACHINE_LEARNING", "BEGINNER", 60, List.of(skill), List.of(), 2));
        TopicWriter.send(CatalogTopic.NAME, newer.key(), EventJson.write(newer), Map.of());
        awaitRow("select 1 from catalog_module where slug = ? and version = 2", module, true);

        sendThenMarker(CatalogTopic.moduleKey(module),
                EventJson.write(CatalogEvent.moduleDeleted(UUID.randomUUID(), Instant.now(), module, 1)),
                unique("after-stale-deletion"));
        assertThat(count("select count(*) from catalog_module where slug = ?", module)).as("stale deletion").isOne();

        CatalogEvent deletion = CatalogEvent.moduleDeleted(UUID.randomUUID(), Instant.now(), module, 2);
        TopicWriter.send(CatalogTopic.NAME, deletion.key(), EventJson.write(deletion), Map.of());
        awaitRow("select 1 from catalog_module where slug = ?", module, false);
        CatalogEvent skillDeletion = CatalogEvent.skillDeleted(UUID.randomUUID(), Instant.now(), skill, 0);
        TopicWriter.send(CatalogTopic.NAME, skillDeletion.key(), EventJson.write(skillDeletion), Map.of());
        awaitRow("select 1 from catalog_skill where code = ?", skill, false);
    }

    @Test
    void hostileCatalogRecordsChangeNothingAndConsumptionGoesOn() {
        long seed = HostileRecords.seed("assessment catalog replica");
        String skill = unique("fuzz-base-skill");
        String module = unique("fuzz-base-module");
        catalogSkills(skill);
        catalogModule(module, skill);
        double ignored = ignored();

        ReplicaFuzz.Report report = ReplicaFuzz.run(new ReplicaFuzz.Target(CatalogTopic.NAME,
                "learnpath.catalog.v1.dlq.assessment", SkillModuleReplicaTest::sample,
                List.of(CatalogTopic.skillKey(skill), CatalogTopic.moduleKey(module)),
                name -> moduleRecord(NAMESPACE + "-" + name), SkillModuleReplicaTest::namespace,
                SkillModuleReplicaTest::outsideNamespace, DEAD_LETTER_BOUND), seed, 150);

        assertThat(ignored()).as("seed %d", seed).isEqualTo(ignored + report.tombstones());
        assertThat(Health.readiness("replicas")).isEqualTo("UP");
    }

    /** A valid record of a skill or module of the namespace, which the hostile records are made from. */
    private static ReplicaFuzz.Valid sample(Random random) {
        String slug = NAMESPACE + "-sample-" + random.nextInt(2);
        CatalogEvent event = random.nextBoolean()
                ? CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.now(),
                        new CatalogEvent.SkillState(slug, "Fuzzed skill", "Never applied", "DATA_ANALYSIS", 4))
                : CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.ModuleState(slug,
                        "Fuzzed module", "Never applied", "MACHINE_LEARNING", "ADVANCED", 45, List.of("eda", "svm"),
                        List.of("basics"), 3));
        return new ReplicaFuzz.Valid(event.key(), EventJson.write(event));
    }

    private static ReplicaFuzz.Valid moduleRecord(String slug) {
        CatalogEvent event = CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.ModuleState(
                slug, "Sentinel", "Applied", "MACHINE_LEARNING", "BEGINNER", 5, List.of(), List.of(), 0));
        return new ReplicaFuzz.Valid(event.key(), EventJson.write(event));
    }

    private static java.util.Set<String> namespace() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        try (var c = PostgresResource.connect(); var s = c.prepareStatement("""
                select 'skill:' || code from catalog_skill where code like ?
                union all select 'module:' || slug from catalog_module where slug like ?""")) {
            s.setString(1, NAMESPACE + "%");
            s.setString(2, NAMESPACE + "%");
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static String outsideNamespace() {
        StringBuilder state = new StringBuilder();
        try (var c = PostgresResource.connect(); var s = c.prepareStatement("""
                select 's ' || t::text as row from catalog_skill t where code not like ?
                union all select 'm ' || t::text from catalog_module t where slug not like ? order by row""")) {
            s.setString(1, NAMESPACE + "%");
            s.setString(2, NAMESPACE + "%");
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    state.append(rows.getString(1)).append('\n');
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return state.toString();
    }

    /**
     * {@code value} (null: a tombstone) under {@code key}, then a new module {@code marker} in the same partition, and
     * waits for the marker: by then the record before it has been consumed.
     */
    private static void sendThenMarker(String key, String value, String marker) {
        List<ConsumerRecord<String, String>> earlier = TopicReader.readAll(CatalogTopic.NAME).stream()
                .filter(r -> key.equals(r.key())).toList();
        assertThat(earlier).as("records of " + key).isNotEmpty();
        int partition = earlier.get(earlier.size() - 1).partition();
        ReplicaFuzz.Valid markerRecord = moduleRecord(marker);
        HostileRecords.send(CatalogTopic.NAME, List.of(
                new HostileRecords.Hostile("record", key.getBytes(StandardCharsets.UTF_8),
                        value == null ? null : value.getBytes(StandardCharsets.UTF_8), List.of()),
                new HostileRecords.Hostile("marker", markerRecord.key().getBytes(StandardCharsets.UTF_8),
                        markerRecord.json().getBytes(StandardCharsets.UTF_8), List.of())), new int[] {partition, partition});
        awaitRow("select 1 from catalog_module where slug = ?", marker, true);
    }

    private static double ignored() {
        return Metrics.value("learnpath_replica_ignored_total{reason=\"null-value\",replica=\"catalog\"}").orElse(0);
    }
}
