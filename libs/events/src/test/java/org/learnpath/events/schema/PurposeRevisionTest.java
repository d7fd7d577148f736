package org.learnpath.events.schema;

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
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerEventReader;
import org.learnpath.events.answer.AnswerEventStreamReader;

/**
 * The answer's purpose is an additive revision of schema version 1 (answer events 1.3): events written before it (no
 * {@code purpose}) still validate and read as ordinary answers; a placement answer validates, round-trips through every
 * reader, and stays valid under the earlier revisions, whose readers ignore the field. The earlier revisions are kept
 * as published under {@code src/test/resources/schemas/v1.x}.
 */
class PurposeRevisionTest {

    private static final List<String> OLDER_REVISIONS = List.of("/schemas/v1.2/answer-event-v1.schema.json",
            "/schemas/v1.1/answer-event-v1.schema.json");

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = PurposeRevisionTest.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static AnswerEvent answer(AnswerEvent.Purpose purpose) {
        return new AnswerEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000021"), "learner-1",
                UUID.fromString("0190a1b2-0000-7000-8000-000000000022"), 3, List.of("logistic-regression"), true, 1.0,
                6100, Instant.parse("2026-12-04T09:30:00.250Z"),
                UUID.fromString("0190a1b2-0000-7000-8000-000000000024"),
                UUID.fromString("0190a1b2-0000-7000-8000-000000000023"), 1, AnswerEvent.Source.LEARNER, 1.5, "acme",
                0.25, purpose);
    }

    private static JsonNode tree(Object event) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    /** The event as each consumer path reads it: binding, the tree reader and the one-pass reader must agree. */
    private static AnswerEvent readEveryWay(String json) throws Exception {
        AnswerEvent bound = EventJson.read(json, AnswerEvent.class);
        assertThat(AnswerEventReader.read(EventJson.mapper().readTree(json))).isEqualTo(bound);
        assertThat(AnswerEventStreamReader.readIfPlainlyValid(json)).isEqualTo(bound);
        return bound;
    }

    @Test
    void anAnswerEventOfRevisionOneTwoStillValidatesAndReadsAsAnOrdinaryAnswer() throws Exception {
        String old = EventJson.write(new AnswerEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000021"),
                "learner-1", UUID.fromString("0190a1b2-0000-7000-8000-000000000022"), 3,
                List.of("logistic-regression"), true, 1.0, 6100, Instant.parse("2026-12-04T09:30:00.250Z"),
                UUID.fromString("0190a1b2-0000-7000-8000-000000000024"),
                UUID.fromString("0190a1b2-0000-7000-8000-000000000023"), 1, AnswerEvent.Source.LEARNER, 1.5, "acme",
                0.25));
        assertThat(tree(answer(null)).has("purpose")).isFalse();
        assertThat(EventJson.mapper().readTree(old)).isEqualTo(tree(answer(null)));
        assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(EventJson.mapper().readTree(old))).isEmpty();
        AnswerEvent read = readEveryWay(old);
        assertThat(read.purpose()).isNull();
        assertThat(read.placement()).isFalse();
        assertThat(read).isEqualTo(answer(null));
    }

    @Test
    void aPlacementAnswerValidatesUnderEveryRevisionRoundTripsAndAddsOnlyThatField() throws Exception {
        String json = EventJson.write(answer(AnswerEvent.Purpose.PLACEMENT));
        ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(json);
        assertThat(tree.get("purpose").textValue()).isEqualTo("PLACEMENT");
        assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(tree)).as(json).isEmpty();
        for (String older : OLDER_REVISIONS) {
            assertThat(schema(older).validate(tree)).as(older).isEmpty();
        }
        AnswerEvent read = readEveryWay(json);
        assertThat(read).isEqualTo(answer(AnswerEvent.Purpose.PLACEMENT));
        assertThat(read.placement()).isTrue();
        tree.remove("purpose");
        assertThat(tree).isEqualTo(tree(answer(null)));
    }

    @Test
    void aPurposeOtherThanPlacementIsRefusedByTheSchemaAndBothReaders() throws Exception {
        List<Consumer<ObjectNode>> broken = List.of(
                json -> json.put("purpose", "placement"),
                json -> json.put("purpose", "STUDY"),
                json -> json.put("purpose", ""),
                json -> json.put("purpose", 1),
                json -> json.putArray("purpose").add("PLACEMENT"));
        for (Consumer<ObjectNode> breakIt : broken) {
            ObjectNode json = (ObjectNode) tree(answer(AnswerEvent.Purpose.PLACEMENT));
            breakIt.accept(json);
            assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(json)).as(json.toString()).isNotEmpty();
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(json.toString())).as(json.toString()).isNull();
            assertThatThrownBy(() -> AnswerEventReader.read(json)).as(json.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theSchemaSaysWhichRevisionAddedThePurposeAndHowOlderEventsRead() throws Exception {
        JsonNode answer = schema(AnswerEvent.SCHEMA_RESOURCE).getSchemaNode();
        assertThat(answer.get("description").asText()).contains("revision 1.3 the optional 'purpose'");
        assertThat(answer.get("required").toString()).doesNotContain("purpose");
        assertThat(answer.at("/properties/purpose/description").asText()).startsWith("Revision 1.3:")
                .contains("PLACEMENT").contains("Absent for an ordinary answer");
        assertThat(answer.at("/properties/purpose/enum").toString()).isEqualTo("[\"PLACEMENT\"]");
        JsonNode previous = schema("/schemas/v1.2/answer-event-v1.schema.json").getSchemaNode();
        assertThat(previous.at("/properties").has("purpose")).isFalse();
        assertThat(previous.get("description").asText()).contains("revision 1.2 the optional 'guessFloor'.");
    }
}
