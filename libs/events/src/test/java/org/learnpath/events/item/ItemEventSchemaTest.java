package org.learnpath.events.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ItemEvent.class.getResourceAsStream(ItemEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static ItemEvent sample(ItemEvent.Status status) {
        return new ItemEvent(1, UUID.randomUUID(), Instant.parse("2026-11-25T10:15:30Z"),
                new ItemEvent.ItemState(UUID.randomUUID(), 3, List.of("k-nearest-neighbors", "distance-metrics"), -0.5,
                        status));
    }

    @Test
    void publishedAndRetiredItemsMatchTheSchemaAndRoundTrip() throws Exception {
        for (ItemEvent event : List.of(sample(ItemEvent.Status.PUBLISHED), sample(ItemEvent.Status.RETIRED))) {
            String json = EventJson.write(event);
            assertThat(schema().validate(EventJson.mapper().readTree(json))).isEmpty();
            assertThat(EventJson.read(json, ItemEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void schemaRejectsBrokenEvents() throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(ItemEvent.Status.PUBLISHED)));
        ((ObjectNode) json.get("item")).put("status", "DRAFT");
        assertThat(schema().validate(json)).isNotEmpty();
        json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(ItemEvent.Status.PUBLISHED)));
        ((ObjectNode) json.get("item")).putArray("skillCodes");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void recordRefusesAnItemWithoutSkills() {
        assertThatThrownBy(() -> new ItemEvent.ItemState(UUID.randomUUID(), 1, List.of(), 0, ItemEvent.Status.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
