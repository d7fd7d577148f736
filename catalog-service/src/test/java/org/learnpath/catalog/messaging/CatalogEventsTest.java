package org.learnpath.catalog.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learnpath.catalog.TestData.asAdmin;
import static org.learnpath.catalog.TestData.asAuthor;
import static org.learnpath.catalog.TestData.asLearner;
import static org.learnpath.catalog.TestData.module;
import static org.learnpath.catalog.TestData.unique;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.catalog.TestData;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Level;
import org.learnpath.catalog.rest.ModuleRequest;
import org.learnpath.catalog.service.ModuleService;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogEventType;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/** The catalog topic, read back from the real broker, against what the API and the database say. */
@QuarkusTest
@LearnPathTestResources
class CatalogEventsTest {

    private static final JsonSchema SCHEMA = schema();

    @Inject
    ModuleService modules;

    @Test
    void eachWriteProducesExactlyOneEventWithItsNewState() {
        String slug = unique("evented");
        asAuthor().body(module(slug, List.of("gradient-boosting"), List.of("decision-trees"))).post("/api/modules")
                .then().statusCode(201);
        Map<String, Object> edit = module(slug, List.of("gradient-boosting"), List.of("decision-trees", "linear-regression"));
        asAuthor().body(edit).header("If-Match", "\"0\"").put("/api/modules/" + slug).then().statusCode(200);
        // Refused writes announce nothing.
        asAuthor().body(edit).header("If-Match", "\"0\"").put("/api/modules/" + slug).then().statusCode(412);

        List<ConsumerRecord<String, String>> records = recordsFor(CatalogTopic.moduleKey(slug), 2);
        assertThat(records).hasSize(2);
        CatalogEvent created = EventJson.read(records.get(0).value(), CatalogEvent.class);
        CatalogEvent updated = EventJson.read(records.get(1).value(), CatalogEvent.class);
        assertThat(created.module().prerequisites()).containsExactly("decision-trees");
        assertThat(created.module().version()).isZero();
        assertThat(updated.module().prerequisites()).containsExactly("decision-trees", "linear-regression");
        assertThat(updated.module().version()).isEqualTo(1);
        assertThat(created.eventId()).isNotEqualTo(updated.eventId());
        assertThat(header(records.get(1), "ce_id")).isEqualTo(updated.eventId().toString());
        assertThat(header(records.get(1), "ce_type")).isEqualTo("org.learnpath.catalog.module.upserted");
        assertThat(header(records.get(1), "ce_specversion")).isEqualTo("1.0");
    }

    @Test
    void aGoalEventNamesTheOrganizationThatOwnsTheGoal() throws Exception {
        String own = unique("own");
        Map<String, Object> body = TestData.goal(own, List.of("data-cleaning"));
        body.put("audience", "ORGANIZATION");
        TestData.as(TestTokens.manager("mia")).body(body).post("/api/goals").then().statusCode(201);
        String shared = unique("shared");
        asAuthor().body(TestData.goal(shared, List.of("data-cleaning"))).post("/api/goals").then().statusCode(201);

        ConsumerRecord<String, String> ownRecord = recordsFor(CatalogTopic.goalKey(own), 1).get(0);
        assertThat(SCHEMA.validate(EventJson.mapper().readTree(ownRecord.value()))).isEmpty();
        CatalogEvent ownEvent = EventJson.read(ownRecord.value(), CatalogEvent.class);
        assertThat(ownEvent.type()).isEqualTo(CatalogEventType.GOAL_UPSERTED);
        assertThat(ownEvent.goal().organization()).isEqualTo(TestTokens.ACME);

        // A shared goal's event is what it was before organizations: no organization field at all.
        ConsumerRecord<String, String> sharedRecord = recordsFor(CatalogTopic.goalKey(shared), 1).get(0);
        assertThat(EventJson.mapper().readTree(sharedRecord.value()).path("goal").has("organization")).isFalse();
        assertThat(EventJson.read(sharedRecord.value(), CatalogEvent.class).goal().organization()).isNull();
    }

    @Test
    void aDeletionIsOneDeletionEventWithTheLastVersionAndNoTombstone() throws Exception {
        String slug = unique("doomed");
        asAuthor().body(module(slug, List.of("eda-workflow"), List.of())).post("/api/modules").then().statusCode(201);
        asAuthor().body(module(slug, List.of("eda-workflow"), List.of("decision-trees"))).header("If-Match", "\"0\"")
                .put("/api/modules/" + slug).then().statusCode(200);
        asAdmin().delete("/api/modules/" + slug).then().statusCode(204);
        List<ConsumerRecord<String, String>> records = recordsFor(CatalogTopic.moduleKey(slug), 3);
        assertThat(records).hasSize(3);
        ConsumerRecord<String, String> deletion = records.get(2);
        assertThat(deletion.value()).isNotNull();
        assertThat(SCHEMA.validate(EventJson.mapper().readTree(deletion.value()))).isEmpty();
        CatalogEvent event = EventJson.read(deletion.value(), CatalogEvent.class);
        assertThat(event.type()).isEqualTo(CatalogEventType.MODULE_DELETED);
        assertThat(event.deleted()).isEqualTo(new CatalogEvent.Deletion(CatalogTopic.moduleKey(slug), 1));
        assertThat(event.key()).isEqualTo(deletion.key());
        assertThat(header(deletion, "ce_type")).isEqualTo("org.learnpath.catalog.module.deleted");
        assertThat(header(deletion, "ce_id")).isEqualTo(event.eventId().toString());
        // Nothing follows it: a tombstone would let compaction drop the deletion event.
        assertThat(TopicReader.readAll(CatalogTopic.NAME)).noneMatch(r -> r.value() == null);
    }

    @Test
    void aRolledBackWriteProducesNoEvent() throws Exception {
        String ghost = unique("ghost");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            modules.create(new ModuleRequest(ghost, "Ghost", "Never committed", Area.MACHINE_LEARNING, Level.BEGINNER, 30,
                    List.of(), List.of(), List.of("eda-workflow"), List.of()).toDraft());
            QuarkusTransaction.setRollbackOnly();
        })).hasCauseInstanceOf(jakarta.transaction.RollbackException.class);
        asLearner().get("/api/modules/" + ghost).then().statusCode(404);
        // The relay publishes in commit order: once a later write's event is on the topic, an event of the
        // rolled-back write would be there too.
        String later = unique("later");
        asAuthor().body(module(later, List.of("eda-workflow"), List.of())).post("/api/modules").then().statusCode(201);
        recordsFor(CatalogTopic.moduleKey(later), 1);
        assertThat(TopicReader.readAll(CatalogTopic.NAME)).noneMatch(r -> r.key().equals(CatalogTopic.moduleKey(ghost)));
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from outbox_event where record_key = 'module:" + ghost + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void readingTheTopicFromTheBeginningRebuildsTheCurrentCatalog() throws Exception {
        awaitEmptyOutbox();
        Map<String, CatalogEvent> latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(CatalogTopic.NAME)) {
            assertThat(record.value()).as("the catalog writes no tombstones").isNotNull();
            JsonNode json = EventJson.mapper().readTree(record.value());
            assertThat(SCHEMA.validate(json)).as(record.key()).isEmpty();
            CatalogEvent event = EventJson.read(record.value(), CatalogEvent.class);
            assertThat(event.key()).isEqualTo(record.key());
            if (event.type().isDeletion()) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), event);
            }
        }
        Map<String, Set<String>> prerequisitesFromTopic = new HashMap<>();
        Set<String> skillsFromTopic = new TreeSet<>();
        Set<String> goalsFromTopic = new TreeSet<>();
        latest.values().forEach(e -> {
            switch (e.type()) {
                case MODULE_UPSERTED -> prerequisitesFromTopic.put(e.module().slug(), new HashSet<>(e.module().prerequisites()));
                case SKILL_UPSERTED -> skillsFromTopic.add(e.skill().code());
                case GOAL_UPSERTED -> goalsFromTopic.add(e.goal().slug());
                default -> throw new IllegalStateException();
            }
        });

        Map<String, Set<String>> prerequisitesInDb = new HashMap<>();
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select slug from module")) {
                while (rs.next()) {
                    prerequisitesInDb.put(rs.getString(1), new HashSet<>());
                }
            }
            try (ResultSet rs = s.executeQuery("select module_slug, prerequisite_slug from module_prerequisite")) {
                while (rs.next()) {
                    prerequisitesInDb.get(rs.getString(1)).add(rs.getString(2));
                }
            }
            assertThat(skillsFromTopic).isEqualTo(strings(s, "select code from skill"));
            assertThat(goalsFromTopic).isEqualTo(strings(s, "select slug from goal"));
        }
        assertThat(prerequisitesFromTopic).isEqualTo(prerequisitesInDb);
        assertThat(prerequisitesFromTopic).containsKey("linear-regression");
    }

    @Test
    void theTopicIsCompacted() throws Exception {
        awaitEmptyOutbox();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, CatalogTopic.NAME);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    private static List<ConsumerRecord<String, String>> recordsFor(String key, int atLeast) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> TopicReader.readAll(CatalogTopic.NAME).stream().filter(r -> r.key().equals(key)).toList(),
                        list -> list.size() >= atLeast);
    }

    private static void awaitEmptyOutbox() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (Connection c = PostgresResource.connect(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from outbox_event")) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        });
    }

    private static Set<String> strings(Statement s, String sql) throws Exception {
        Set<String> values = new TreeSet<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonSchema schema() {
        try (InputStream in = CatalogEvent.class.getResourceAsStream(CatalogEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
