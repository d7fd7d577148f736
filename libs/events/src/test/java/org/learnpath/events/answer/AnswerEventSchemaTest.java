package org.learnpath.events.answer;

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

class AnswerEventSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = AnswerEvent.class.getResourceAsStream(AnswerEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static AnswerEvent sample(UUID session) {
        return new AnswerEvent(1, UUID.randomUUID(), "b1946ac9-2a1f-4c3d-9e1e-6f5f0f3c2a10", UUID.randomUUID(), 2,
                List.of("linear-regression", "regression-metrics"), true, 1.0, 8200,
                Instant.parse("2026-11-25T10:15:30.123Z"), session, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, 0.4);
    }

    @Test
    void eventsWithAndWithoutSessionMatchTheSchemaAndRoundTrip() throws Exception {
        for (AnswerEvent event : List.of(sample(UUID.randomUUID()), sample(null))) {
            String json = EventJson.write(event);
            assertThat(schema().validate(EventJson.mapper().readTree(json))).isEmpty();
            assertThat(EventJson.read(json, AnswerEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void schemaRejectsBrokenEvents() throws Exception {
        ObjectNode json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(null)));
        json.put("score", 1.5);
        assertThat(schema().validate(json)).isNotEmpty();
        json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(null)));
        json.remove("learnerId");
        assertThat(schema().validate(json)).isNotEmpty();
        json = (ObjectNode) EventJson.mapper().readTree(EventJson.write(sample(null)));
        json.putArray("skillCodes");
        assertThat(schema().validate(json)).isNotEmpty();
    }

    @Test
    void recordRefusesImpossibleValues() {
        assertThatThrownBy(() -> new AnswerEvent(1, UUID.randomUUID(), "l", UUID.randomUUID(), 0, List.of(), true, 1, 0,
                Instant.now(), null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
