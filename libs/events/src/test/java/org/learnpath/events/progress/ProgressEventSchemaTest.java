package org.learnpath.events.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.schema.EventSchemas;

class ProgressEventSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = ProgressEvent.class.getResourceAsStream(ProgressEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static ProgressEvent sample() {
        return ProgressEvent.assignmentCompleted(UUID.randomUUID(), "b1946ac9-2a1f-4c3d-9e1e-6f5f0f3c2a10", "acme",
                UUID.randomUUID(), "ml-interview-ready", Instant.parse("2026-11-25T10:15:30.123Z"),
                Instant.parse("2026-11-25T10:15:31Z"));
    }

    @Test
    void anEventMatchesTheSchemaAndRoundTrips() throws Exception {
        ProgressEvent event = sample();
        String json = EventJson.write(event);
        assertThat(schema().validate(EventJson.mapper().readTree(json))).isEmpty();
        ProgressEvent read = EventJson.read(json, ProgressEvent.class);
        assertThat(read).isEqualTo(event);
        assertThat(read.type()).isEqualTo(ProgressEvent.Type.ASSIGNMENT_COMPLETED);
        assertThat(EventSchemas.forType(ProgressEvent.CE_TYPE))
                .contains("https://learnpath.org/schemas/progress-event-v1.schema.json");
    }

    @Test
    void schemaRejectsBrokenEvents() throws Exception {
        for (String field : new String[] {"learnerId", "organization", "assignmentId", "completedAt"}) {
            ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample()));
            json.remove(field);
            assertThat(schema().validate(json)).as(field).isNotEmpty();
        }
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample()));
        json.put("organization", "Acme Analytics");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void recordRefusesImpossibleValues() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> ProgressEvent.assignmentCompleted(UUID.randomUUID(), "l", "Acme", UUID.randomUUID(),
                "goal", now, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressEvent.assignmentCompleted(UUID.randomUUID(), "", "acme", UUID.randomUUID(),
                "goal", now, now)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressEvent.assignmentCompleted(UUID.randomUUID(), "l", "acme", UUID.randomUUID(),
                "Not a slug", now, now)).isInstanceOf(IllegalArgumentException.class);
    }
}
