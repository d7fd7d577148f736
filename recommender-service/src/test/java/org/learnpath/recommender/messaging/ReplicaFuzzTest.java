package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.Health;
import org.learnpath.testinfra.HostileRecords;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.ReplicaFuzz;

/**
 * Record fuzz of the catalog and item replicas (see {@link ReplicaFuzz}): hostile keys, values and headers produced
 * to the real broker change nothing, are dead-lettered once each in bounded dead letters (null values are ignored),
 * and consumption goes on.
 */
@QuarkusTest
@LearnPathTestResources
class ReplicaFuzzTest {

    private static final int RECORDS = 150;
    /** Entities of the fuzz run: the hostile records' own and the sentinels. Nothing else starts so. */
    private static final String NAMESPACE = "zzfuzz";
    private static final String ITEM_NAMESPACE = "f0220000";
    /**
     * Key, value and copied headers at their bounds (learnpath.messaging.dead-letter.*: 1 KiB, 64 KiB, 8 KiB) and at
     * most nine headers of the dead letter's own, each at most 2 KiB.
     */
    private static final long DEAD_LETTER_BOUND = 1_024 + 65_536 + 8_192 + 9 * (2_048 + 64);

    Fixtures.Curriculum curriculum;

    @BeforeEach
    void setUp() {
        curriculum = Fixtures.curriculum("fuzzed" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void hostileCatalogRecordsChangeNothingAndConsumptionGoesOn() {
        long seed = HostileRecords.seed("recommender catalog replica");
        List<String> existing = new ArrayList<>();
        curriculum.skills().forEach(s -> existing.add(CatalogTopic.skillKey(s)));
        curriculum.modules().forEach(m -> existing.add(CatalogTopic.moduleKey(m)));
        existing.add(CatalogTopic.goalKey(curriculum.goal()));
        double ignored = ignored("catalog");

        ReplicaFuzz.Report report = ReplicaFuzz.run(new ReplicaFuzz.Target(CatalogTopic.NAME,
                "learnpath.catalog.v1.dlq.recommender", ReplicaFuzzTest::catalogSample, existing,
                name -> module(NAMESPACE + "-" + name), ReplicaFuzzTest::catalogNamespace,
                ReplicaFuzzTest::catalogOutsideNamespace, DEAD_LETTER_BOUND), seed, RECORDS);

        assertThat(ignored("catalog")).as("seed %d", seed).isEqualTo(ignored + report.tombstones());
        assertThat(Health.readiness("replicas")).isEqualTo("UP");
    }

    @Test
    void hostileItemRecordsChangeNothingAndConsumptionGoesOn() {
        long seed = HostileRecords.seed("recommender item replica");
        List<String> existing = curriculum.items().values().stream().flatMap(List::stream).map(UUID::toString).toList();
        String skill = curriculum.skills().get(0);
        double ignored = ignored("items");

        ReplicaFuzz.Report report = ReplicaFuzz.run(new ReplicaFuzz.Target(ItemTopic.NAME,
                "learnpath.items.v1.dlq.recommender", random -> item(namespacedId(random), skill), existing,
                name -> item(namespacedId(new Random(name.hashCode())), skill), ReplicaFuzzTest::itemNamespace,
                ReplicaFuzzTest::itemsOutsideNamespace, DEAD_LETTER_BOUND), seed, RECORDS);

        assertThat(ignored("items")).as("seed %d", seed).isEqualTo(ignored + report.tombstones());
        assertThat(Health.readiness("replicas")).isEqualTo("UP");
    }

    /** A valid catalog record of an entity of the namespace, of any kind. */
    private static ReplicaFuzz.Valid catalogSample(Random random) {
        String slug = NAMESPACE + "-sample-" + random.nextInt(3);
        CatalogEvent event = switch (random.nextInt(3)) {
            case 0 -> CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.now(),
                    new CatalogEvent.SkillState(slug, "Fuzzed skill", "Never applied", "DATA_ANALYSIS", 4));
            case 1 -> CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(),
                    new CatalogEvent.GoalState(slug, "Fuzzed goal", "Never applied", List.of("eda", "regression"), 2));
            default -> CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.ModuleState(slug,
                    "Fuzzed module", "Never applied", "MACHINE_LEARNING", "ADVANCED", 45, List.of("eda", "svm"),
                    List.of("basics"), 3));
        };
        return new ReplicaFuzz.Valid(event.key(), EventJson.write(event));
    }

    private static ReplicaFuzz.Valid module(String slug) {
        CatalogEvent event = CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.ModuleState(
                slug, "Sentinel", "Applied", "MACHINE_LEARNING", "BEGINNER", 5, List.of(), List.of(), 0));
        return new ReplicaFuzz.Valid(event.key(), EventJson.write(event));
    }

    private static UUID namespacedId(Random random) {
        return UUID.fromString(String.format("%s-%04x-4%03x-8%03x-%012x", ITEM_NAMESPACE, random.nextInt(0x10000),
                random.nextInt(0x1000), random.nextInt(0x1000), random.nextLong() & 0xffffffffffffL));
    }

    private static ReplicaFuzz.Valid item(UUID id, String skill) {
        ItemEvent event = new ItemEvent(1, UUID.randomUUID(), Instant.now(),
                new ItemEvent.ItemState(id, 2, List.of(skill), -0.25, ItemEvent.Status.PUBLISHED));
        return new ReplicaFuzz.Valid(id.toString(), EventJson.write(event));
    }

    private static Set<String> catalogNamespace() {
        return strings("""
                select 'skill:' || code from catalog_skill where code like ?
                union all select 'module:' || slug from catalog_module where slug like ?
                union all select 'goal:' || slug from catalog_goal where slug like ?""", NAMESPACE + "%", 3);
    }

    private static String catalogOutsideNamespace() {
        return String.join("\n", strings("""
                select 's ' || t::text from catalog_skill t where code not like ?
                union all select 'm ' || t::text from catalog_module t where slug not like ?
                union all select 'g ' || t::text from catalog_goal t where slug not like ?""", NAMESPACE + "%", 3));
    }

    private static Set<String> itemNamespace() {
        return strings("select id::text from catalog_item where id::text like ?", ITEM_NAMESPACE + "%", 1);
    }

    private static String itemsOutsideNamespace() {
        return String.join("\n", strings("select t::text from catalog_item t where id::text not like ?",
                ITEM_NAMESPACE + "%", 1));
    }

    /** The texts a query returns, sorted; {@code pattern} is bound to its {@code times} parameters. */
    private static Set<String> strings(String sql, String pattern, int times) {
        Set<String> values = new TreeSet<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= times; i++) {
                s.setString(i, pattern);
            }
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    private static double ignored(String replica) {
        return Metrics.value("learnpath_replica_ignored_total{reason=\"null-value\",replica=\"" + replica + "\"}")
                .orElse(0);
    }
}
