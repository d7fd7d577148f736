package org.learnpath.events.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;

class ItemEventSchemaTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    private static JsonSchema schema() throws Exception {
        return schema(ItemEvent.SCHEMA_RESOURCE);
    }

    /** Revision 1.0 as it was published, before deletions were events: what readers not yet upgraded check. */
    private static JsonSchema revision10() throws Exception {
        return schema("/schemas/v1.0/item-event-v1.schema.json");
    }

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = ItemEvent.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static ItemEvent sample(ItemEvent.Status status) {
        return new ItemEvent(1, UUID.randomUUID(), NOW,
                new ItemEvent.ItemState(UUID.randomUUID(), 3, List.of("k-nearest-neighbors", "distance-metrics"), -0.5,
                        status));
    }

    private static JsonNode json(ItemEvent event) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    @Test
    void publishedAndRetiredItemsMatchTheSchemaAndRoundTrip() throws Exception {
        for (ItemEvent event : List.of(sample(ItemEvent.Status.PUBLISHED), sample(ItemEvent.Status.RETIRED))) {
            String json = EventJson.write(event);
            assertThat(schema().validate(EventJson.mapper().readTree(json))).isEmpty();
            assertThat(EventJson.read(json, ItemEvent.class)).isEqualTo(event);
            assertThat(event.ceType()).isEqualTo(ItemEvent.CE_TYPE);
        }
    }

    @Test
    void aDeletionCarriesTheIdAndTheLastVersionAndRoundTrips() throws Exception {
        UUID id = UUID.randomUUID();
        ItemEvent deletion = ItemEvent.deletion(UUID.randomUUID(), NOW, id, 5);
        JsonNode json = json(deletion);
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.has("item")).isFalse();
        assertThat(json.get("deleted").get("id").asText()).isEqualTo(id.toString());
        assertThat(json.get("deleted").get("version").asLong()).isEqualTo(5);
        assertThat(EventJson.read(EventJson.write(deletion), ItemEvent.class)).isEqualTo(deletion);
        assertThat(deletion.id()).isEqualTo(id);
        assertThat(deletion.ceType()).isEqualTo(ItemEvent.DELETED_CE_TYPE);

        ObjectNode both = (ObjectNode) json.deepCopy();
        both.set("item", json(sample(ItemEvent.Status.PUBLISHED)).get("item"));
        assertThat(schema().validate(both)).isNotEmpty();
        ObjectNode neither = (ObjectNode) json.deepCopy();
        neither.remove("deleted");
        assertThat(schema().validate(neither)).isNotEmpty();
    }

    /**
     * The compatibility rule of the schema's description: item events of this revision are valid under revision 1.0
     * and what 1.0 writers wrote still reads; a deletion event is refused by a 1.0 reader rather than applied.
     */
    @Test
    void itemEventsStayReadableByRevision10ReadersAndOldEventsStillRead() throws Exception {
        JsonNode current = json(sample(ItemEvent.Status.RETIRED));
        assertThat(revision10().validate(current)).isEmpty();
        // Exactly the fields of revision 1.0: nothing derived (such as whether it is a deletion) leaks into the value.
        assertThat(current.fieldNames()).toIterable().containsExactlyInAnyOrder("schemaVersion", "eventId",
                "occurredAt", "item");
        assertThat(json(ItemEvent.deletion(UUID.randomUUID(), NOW, UUID.randomUUID(), 1)).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("schemaVersion", "eventId", "occurredAt", "deleted");
        assertThat(revision10().validate(json(ItemEvent.deletion(UUID.randomUUID(), NOW, UUID.randomUUID(), 1))))
                .isNotEmpty();

        String written10 = """
                {"schemaVersion":1,"eventId":"6f1c7d3e-0c1b-4b7e-9d7e-2f0a1b2c3d4e","occurredAt":"2026-01-02T03:04:05Z",
                 "futureField":[1,2],
                 "item":{"id":"0b6f3a52-3c1e-4a43-9a59-3f8f0c1d2e3f","version":4,"skillCodes":["eda-workflow"],
                   "difficulty":0.25,"status":"PUBLISHED"}}""";
        assertThat(schema().validate(EventJson.mapper().readTree(written10))).isEmpty();
        ItemEvent read = EventJson.read(written10, ItemEvent.class);
        assertThat(read.isDeletion()).isFalse();
        assertThat(read.item().version()).isEqualTo(4);
        assertThat(read.id()).isEqualTo(UUID.fromString("0b6f3a52-3c1e-4a43-9a59-3f8f0c1d2e3f"));
    }

    @Test
    void schemaRejectsBrokenEvents() throws Exception {
        ObjectNode json = (ObjectNode) json(sample(ItemEvent.Status.PUBLISHED));
        ((ObjectNode) json.get("item")).put("status", "DRAFT");
        assertThat(schema().validate(json)).isNotEmpty();
        json = (ObjectNode) json(sample(ItemEvent.Status.PUBLISHED));
        ((ObjectNode) json.get("item")).putArray("skillCodes");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void recordRefusesAnItemWithoutSkillsAndAnEventWithBothOrNeither() {
        assertThatThrownBy(() -> new ItemEvent.ItemState(UUID.randomUUID(), 1, List.of(), 0, ItemEvent.Status.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
        ItemEvent.ItemState state = sample(ItemEvent.Status.PUBLISHED).item();
        assertThatThrownBy(() -> new ItemEvent(1, UUID.randomUUID(), NOW, state,
                new ItemEvent.Deletion(state.id(), 3))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemEvent(1, UUID.randomUUID(), NOW, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventJson.read("{\"schemaVersion\":1,\"eventId\":\"" + UUID.randomUUID()
                + "\",\"occurredAt\":\"2026-01-02T03:04:05Z\"}", ItemEvent.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
