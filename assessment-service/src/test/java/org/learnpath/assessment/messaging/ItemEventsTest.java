package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.Fixtures;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.service.ItemEvents;
import org.learnpath.assessment.service.ItemSeedAnnouncement;
import org.learnpath.assessment.service.ItemService;
import org.learnpath.events.EventJson;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/** The item topic, read back from the real broker, against what the API and the database say. */
@QuarkusTest
@LearnPathTestResources
class ItemEventsTest {

    private static final String AUTHOR = TestTokens.author("ada");
    /** The $id of schemas/item-event-v1.schema.json, which the ce_dataschema header names. */
    private static final String SCHEMA_ID = "https://learnpath.org/schemas/item-event-v1.schema.json";
    private static final JsonSchema SCHEMA = schema();

    @Inject
    ItemEvents events;

    @Inject
    ItemService items;

    @Test
    void readingTheTopicFromTheBeginningRebuildsEveryPublishedOrRetiredItem() throws Exception {
        awaitEmptyOutbox();
        Map<UUID, ItemEvent.ItemState> latest = new HashMap<>();
        for (ConsumerRecord<String, String> record : TopicReader.readAll(ItemTopic.NAME)) {
            assertThat(record.value()).as("the item bank writes no tombstones").isNotNull();
            assertThat(SCHEMA.validate(EventJson.mapper().readTree(record.value()))).as(record.key()).isEmpty();
            ItemEvent event = EventJson.read(record.value(), ItemEvent.class);
            assertThat(event.id().toString()).isEqualTo(record.key());
            if (event.isDeletion()) {
                latest.remove(event.id());
            } else {
                latest.put(event.id(), event.item());
            }
        }
        Map<UUID, ItemEvent.ItemState> stored = storedAssessableItems();
        // The seeded bank (V2-V4 and the migrations that rewrote it) was announced although they wrote no events.
        assertThat(count("select count(*) from item where coalesce(created_by, 'seed') = 'seed'"
                + " and status in ('PUBLISHED', 'RETIRED')")).isGreaterThanOrEqualTo(467);
        assertThat(latest).hasSameSizeAs(stored);
        assertThat(latest).isEqualTo(stored);
        assertThat(count("select count(*) from publication_marker where name = ?", ItemSeedAnnouncement.MARKER)).isOne();
    }

    @Test
    void theRelayCreatesTheTopicCompactedWithThreePartitions() throws Exception {
        awaitEmptyOutbox();
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", KafkaResource.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, ItemTopic.NAME);
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(admin.describeTopics(List.of(ItemTopic.NAME)).allTopicNames().get().get(ItemTopic.NAME)
                    .partitions()).hasSize(3);
        }
    }

    @Test
    void anItemIsAnnouncedOnceItIsPublishedAndAgainOnEachLaterWrite() {
        String skill = unique("item-events");
        String other = unique("item-events-other");
        catalogSkills(skill, other);
        String neverPublished = create(singleChoice(skill, "a")).path("id");

        Map<String, Object> body = singleChoice(skill, "b");
        ExtractableResponse<Response> created = create(body);
        String id = created.path("id");
        // Edits of a draft stay inside this service.
        body.put("difficulty", 0.7);
        String draftEtag = as(AUTHOR).body(body).header("If-Match", created.header("ETag")).put("/api/items/" + id)
                .then().statusCode(200).extract().header("ETag");

        String publishedEtag = as(AUTHOR).post("/api/items/" + id + "/publish").then().statusCode(200)
                .extract().header("ETag");

        Map<String, Object> edit = singleChoice(skill, "c");
        edit.put("difficulty", -1.5);
        edit.put("skills", List.of(skill, other));
        String editedEtag = as(AUTHOR).body(edit).header("If-Match", publishedEtag).put("/api/items/" + id)
                .then().statusCode(200).extract().header("ETag");

        // A refused write announces nothing (more of them in invalidAndStaleWritesAnnounceNothing).
        as(AUTHOR).body(singleChoice(skill, "a")).header("If-Match", publishedEtag).put("/api/items/" + id)
                .then().statusCode(412);

        String retiredEtag = as(AUTHOR).post("/api/items/" + id + "/retire").then().statusCode(200)
                .extract().header("ETag");
        // Retired items are frozen.
        as(AUTHOR).body(edit).header("If-Match", retiredEtag).put("/api/items/" + id).then().statusCode(409);
        as(AUTHOR).post("/api/items/" + id + "/publish").then().statusCode(409);

        List<ConsumerRecord<String, String>> records = recordsFor(id, r -> r.size() >= 3);
        assertThat(records).hasSize(3);
        ItemEvent published = EventJson.read(records.get(0).value(), ItemEvent.class);
        ItemEvent edited = EventJson.read(records.get(1).value(), ItemEvent.class);
        ItemEvent retired = EventJson.read(records.get(2).value(), ItemEvent.class);

        // Four options, one key: a blind pick is right a quarter of the time.
        assertThat(published.item()).isEqualTo(new ItemEvent.ItemState(UUID.fromString(id), version(publishedEtag),
                List.of(skill), 0.7, ItemEvent.Status.PUBLISHED, 0.25));
        assertThat(version(publishedEtag)).isGreaterThan(version(draftEtag));
        assertThat(edited.item()).isEqualTo(new ItemEvent.ItemState(UUID.fromString(id), version(editedEtag),
                List.of(skill, other).stream().sorted().toList(), -1.5, ItemEvent.Status.PUBLISHED, 0.25));
        assertThat(retired.item()).isEqualTo(new ItemEvent.ItemState(UUID.fromString(id), version(retiredEtag),
                List.of(skill, other).stream().sorted().toList(), -1.5, ItemEvent.Status.RETIRED, 0.25));
        assertThat(retired.item().version()).isGreaterThan(edited.item().version());
        assertThat(List.of(published.eventId(), edited.eventId(), retired.eventId())).doesNotHaveDuplicates();

        assertThat(header(records.get(2), "ce_id")).isEqualTo(retired.eventId().toString());
        assertThat(header(records.get(2), "ce_type")).isEqualTo(ItemEvent.CE_TYPE);
        assertThat(header(records.get(2), "ce_subject")).isEqualTo(id);
        assertThat(records).allSatisfy(r -> assertThat(header(r, "ce_dataschema")).isEqualTo(SCHEMA_ID));
        assertThat(SCHEMA.getSchemaNode().get("$id").asText()).isEqualTo(SCHEMA_ID);

        // Created before everything above and never published: nothing, ever.
        assertThat(TopicReader.readAll(ItemTopic.NAME)).noneMatch(r -> r.key().equals(neverPublished));
    }

    @Test
    void eachItemIsAnnouncedWithTheGuessingFloorOfItsFormat() {
        String skill = unique("guess-floor");
        catalogSkills(skill);
        String numeric = publishedItem(Fixtures.numeric(skill, 0.8, 0.01));
        Map<String, Object> multiple = new java.util.LinkedHashMap<>(singleChoice(skill, "b"));
        multiple.put("type", "MULTIPLE_CHOICE");
        multiple.put("answer", Map.of("choices", List.of("a", "b")));
        String multipleChoice = publishedItem(multiple);
        Map<String, Object> three = new java.util.LinkedHashMap<>(singleChoice(skill, "b"));
        three.put("choices", List.of(Map.of("key", "a", "text", "MAE"), Map.of("key", "b", "text", "RMSE"),
                Map.of("key", "c", "text", "R squared")));
        String threeOptions = publishedItem(three);

        assertThat(floorOf(numeric)).isEqualTo(0.0);
        assertThat(floorOf(multipleChoice)).isEqualTo(1.0 / 15);
        assertThat(floorOf(threeOptions)).isEqualTo(1.0 / 3);
    }

    private static Double floorOf(String id) {
        ConsumerRecord<String, String> record = recordsFor(id, r -> !r.isEmpty()).get(0);
        assertThat(SCHEMA.validate(readTree(record.value()))).isEmpty();
        return EventJson.read(record.value(), ItemEvent.class).item().guessFloor();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void invalidAndStaleWritesAnnounceNothing() {
        String skill = unique("refused");
        catalogSkills(skill);
        String id = publishedItem(singleChoice(skill, "b"));
        String etag = as(AUTHOR).get("/api/items/" + id).then().extract().header("ETag");

        // Refused by the service inside the write transaction (the answer key names no choice).
        as(AUTHOR).body(singleChoice(skill, "e")).header("If-Match", etag).put("/api/items/" + id).then().statusCode(400);
        // Refused by bean validation before the transaction starts.
        Map<String, Object> tooHard = singleChoice(skill, "b");
        tooHard.put("difficulty", 9);
        as(AUTHOR).body(tooHard).header("If-Match", etag).put("/api/items/" + id).then().statusCode(400);
        as(AUTHOR).body(singleChoice(skill, "a")).header("If-Match", "\"" + (version(etag) + 7) + "\"")
                .put("/api/items/" + id).then().statusCode(412);
        as(AUTHOR).header("If-Match", "\"" + (version(etag) + 7) + "\"").post("/api/items/" + id + "/retire")
                .then().statusCode(412);
        as(AUTHOR).body(singleChoice(skill, "a")).put("/api/items/" + id).then().statusCode(428);

        // The relay publishes an item's records in commit order: once a later write of the same item is on the
        // topic, a record of any refused write before it would be there too.
        as(AUTHOR).post("/api/items/" + id + "/retire").then().statusCode(200);
        List<ConsumerRecord<String, String>> records = recordsFor(id, r -> r.size() >= 2);
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> EventJson.read(r.value(), ItemEvent.class).item().status())
                .containsExactly(ItemEvent.Status.PUBLISHED, ItemEvent.Status.RETIRED);
        assertThat(EventJson.read(records.get(0).value(), ItemEvent.class).item().version()).isEqualTo(version(etag));
    }

    @Test
    void aRolledBackPublicationAnnouncesNothing() {
        String skill = unique("rolled-back");
        catalogSkills(skill);
        String id = create(singleChoice(skill, "b")).path("id");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            items.transition(UUID.fromString(id), null, ItemStatus.PUBLISHED);
            QuarkusTransaction.setRollbackOnly();
        })).hasCauseInstanceOf(jakarta.transaction.RollbackException.class);
        assertThat(count("select count(*) from outbox_event where record_key = ?", id)).isZero();

        as(AUTHOR).post("/api/items/" + id + "/publish").then().statusCode(200);
        List<ConsumerRecord<String, String>> records = recordsFor(id, r -> !r.isEmpty());
        assertThat(records).hasSize(1);
        assertThat(EventJson.read(records.get(0).value(), ItemEvent.class).item().version()).isEqualTo(1);
    }

    @Test
    void anItemThatLeavesTheBankBecomesADeletionEventWithItsLastVersion() throws Exception {
        String skill = unique("leaving");
        catalogSkills(skill);
        String unpublished = publishedItem(singleChoice(skill, "b"));
        String deleted = publishedItem(singleChoice(skill, "c"));

        // No endpoint does either yet; the announcement is what a future unpublish or delete must produce.
        long[] versions = new long[2];
        QuarkusTransaction.requiringNew().run(() -> {
            Item item = Item.findById(UUID.fromString(unpublished));
            ItemStatus before = item.status;
            item.status = ItemStatus.DRAFT;
            events.changed(item, before);
            versions[0] = item.version;
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Item item = Item.findById(UUID.fromString(deleted));
            versions[1] = item.version;
            item.delete();
            events.deleted(item.id, item.version);
        });

        for (int i = 0; i < 2; i++) {
            String id = List.of(unpublished, deleted).get(i);
            List<ConsumerRecord<String, String>> records = recordsFor(id, r -> r.size() >= 2);
            assertThat(records).hasSize(2);
            ItemEvent published = EventJson.read(records.get(0).value(), ItemEvent.class);
            assertThat(records.get(1).value()).as("a deletion is an event, never a tombstone").isNotNull();
            assertThat(SCHEMA.validate(EventJson.mapper().readTree(records.get(1).value()))).isEmpty();
            ItemEvent deletion = EventJson.read(records.get(1).value(), ItemEvent.class);
            assertThat(deletion.deleted()).isEqualTo(new ItemEvent.Deletion(UUID.fromString(id), versions[i]));
            assertThat(deletion.deleted().version()).isGreaterThanOrEqualTo(published.item().version());
            assertThat(header(records.get(1), "ce_type")).isEqualTo(ItemEvent.DELETED_CE_TYPE);
            assertThat(header(records.get(1), "ce_id")).isEqualTo(deletion.eventId().toString());
            assertThat(records).allSatisfy(r -> assertThat(header(r, "ce_dataschema")).isEqualTo(SCHEMA_ID));
        }
        // Back to draft is a write: the deletion names the version it made, after the published one.
        assertThat(versions[0]).isGreaterThan(EventJson.read(recordsFor(unpublished, r -> r.size() >= 2).get(0).value(),
                ItemEvent.class).item().version());
    }

    private static ExtractableResponse<Response> create(Map<String, Object> body) {
        return as(AUTHOR).body(body).post("/api/items").then().statusCode(201).extract();
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }

    /**
     * Published and retired items as stored: what a consumer that read the whole topic should know. The guessing
     * floor is worked out here from the item's type and number of options, independently of the service's
     * GuessFloor: a blind pick among k single-choice options, or among the 2^k - 1 non-empty selections of k
     * multiple-choice options; none for typed answers.
     */
    private static Map<UUID, ItemEvent.ItemState> storedAssessableItems() throws Exception {
        Map<UUID, ItemEvent.ItemState> items = new HashMap<>();
        try (Connection c = PostgresResource.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select i.id, i.version, i.difficulty, i.status, string_agg(s.skill_code, ','),
                               case i.type when 'SINGLE_CHOICE' then 1::float8 / jsonb_array_length(i.choices)
                                           when 'MULTIPLE_CHOICE'
                                               then 1::float8 / (power(2::float8, jsonb_array_length(i.choices)) - 1)
                                           else 0::float8 end
                        from item i join item_skill s on s.item_id = i.id
                        where i.status in ('PUBLISHED', 'RETIRED') group by i.id""")) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                // Sorted here, not by the database, whose collation may order hyphens differently from Java.
                List<String> skills = Arrays.stream(rs.getString(5).split(",")).sorted().toList();
                items.put(id, new ItemEvent.ItemState(id, rs.getLong(2), skills, rs.getDouble(3),
                        ItemEvent.Status.valueOf(rs.getString(4)), rs.getDouble(6)));
            }
        }
        return items;
    }

    private static List<ConsumerRecord<String, String>> recordsFor(String key,
            Predicate<List<ConsumerRecord<String, String>>> enough) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> TopicReader.readAll(ItemTopic.NAME).stream().filter(r -> r.key().equals(key)).toList(),
                        enough::test);
    }

    private static void awaitEmptyOutbox() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("select count(*) from outbox_event") == 0);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonSchema schema() {
        try (InputStream in = ItemEvent.class.getResourceAsStream(ItemEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
