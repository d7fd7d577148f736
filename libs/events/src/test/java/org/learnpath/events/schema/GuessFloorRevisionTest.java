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
import org.learnpath.events.item.ItemEvent;

/**
 * The guessing floor is an additive revision of schema version 1 (answer events 1.2, item events 1.2): events written
 * before it (no {@code guessFloor}) still validate and read, as a value with an unknown floor; events written after it
 * validate, round-trip through every reader, and stay valid under the earlier revisions, whose readers ignore the
 * field. The earlier revisions are kept as published under {@code src/test/resources/schemas/v1.x}.
 */
class GuessFloorRevisionTest {

    private static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = GuessFloorRevisionTest.class.getResourceAsStream(resource)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static AnswerEvent answer(Double guessFloor) {
        return new AnswerEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000011"), "learner-1",
                UUID.fromString("0190a1b2-0000-7000-8000-000000000012"), 3, List.of("logistic-regression"), true, 1.0,
                6100, Instant.parse("2026-12-04T09:30:00.250Z"), null,
                UUID.fromString("0190a1b2-0000-7000-8000-000000000013"), 1, AnswerEvent.Source.LEARNER, 1.5, "acme",
                guessFloor);
    }

    private static ItemEvent item(Double guessFloor) {
        return new ItemEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000014"),
                Instant.parse("2026-12-04T09:30:00Z"), new ItemEvent.ItemState(
                        UUID.fromString("0190a1b2-0000-7000-8000-000000000012"), 3, List.of("logistic-regression"),
                        1.5, ItemEvent.Status.PUBLISHED, guessFloor));
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
    void anAnswerEventOfRevisionOneOneStillValidatesAndReadsWithAnUnknownFloor() throws Exception {
        String old = EventJson.write(new AnswerEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000011"),
                "learner-1", UUID.fromString("0190a1b2-0000-7000-8000-000000000012"), 3,
                List.of("logistic-regression"), true, 1.0, 6100, Instant.parse("2026-12-04T09:30:00.250Z"), null,
                UUID.fromString("0190a1b2-0000-7000-8000-000000000013"), 1, AnswerEvent.Source.LEARNER, 1.5, "acme"));
        assertThat(tree(answer(null)).has("guessFloor")).isFalse();
        assertThat(EventJson.mapper().readTree(old)).isEqualTo(tree(answer(null)));
        assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(EventJson.mapper().readTree(old))).isEmpty();
        AnswerEvent read = readEveryWay(old);
        assertThat(read.guessFloor()).isNull();
        assertThat(read).isEqualTo(answer(null));
    }

    @Test
    void anAnswerEventWithItsFloorValidatesUnderEveryRevisionRoundTripsAndAddsOnlyThatField() throws Exception {
        for (double floor : new double[] {0.25, 1.0 / 3, 1.0 / 15, 0.0}) {
            String json = EventJson.write(answer(floor));
            ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(json);
            // A known floor of 0 (an open answer) is written, unlike an unknown one.
            assertThat(tree.get("guessFloor").doubleValue()).isEqualTo(floor);
            assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(tree)).as(json).isEmpty();
            assertThat(schema("/schemas/v1.1/answer-event-v1.schema.json").validate(tree)).as(json).isEmpty();
            assertThat(readEveryWay(json)).isEqualTo(answer(floor));
            tree.remove("guessFloor");
            assertThat(tree).isEqualTo(tree(answer(null)));
        }
    }

    @Test
    void aFloorOutsideZeroToOneIsRefusedByTheSchemaTheRecordAndBothReaders() throws Exception {
        List<Consumer<ObjectNode>> broken = List.of(
                json -> json.put("guessFloor", 1),
                json -> json.put("guessFloor", 1.0),
                json -> json.put("guessFloor", 1.5),
                json -> json.put("guessFloor", -0.01),
                json -> json.put("guessFloor", "0.25"),
                json -> json.putNull("guessFloor"));
        for (Consumer<ObjectNode> breakIt : broken) {
            ObjectNode json = (ObjectNode) tree(answer(0.25));
            breakIt.accept(json);
            assertThat(schema(AnswerEvent.SCHEMA_RESOURCE).validate(json)).as(json.toString()).isNotEmpty();
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(json.toString())).as(json.toString()).isNull();
        }
        for (double bad : new double[] {1.0, 1.5, -0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> answer(bad)).as("%s", bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> item(bad)).as("%s", bad).isInstanceOf(IllegalArgumentException.class);
            ObjectNode json = (ObjectNode) tree(answer(0.25));
            json.put("guessFloor", bad);
            assertThatThrownBy(() -> AnswerEventReader.read(json)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anItemEventOfRevisionOneOneStillValidatesAndReadsWithAnUnknownFloor() throws Exception {
        String old = EventJson.write(new ItemEvent(1, UUID.fromString("0190a1b2-0000-7000-8000-000000000014"),
                Instant.parse("2026-12-04T09:30:00Z"), new ItemEvent.ItemState(
                        UUID.fromString("0190a1b2-0000-7000-8000-000000000012"), 3, List.of("logistic-regression"),
                        1.5, ItemEvent.Status.PUBLISHED)));
        JsonNode tree = EventJson.mapper().readTree(old);
        assertThat(tree.get("item").has("guessFloor")).isFalse();
        assertThat(schema(ItemEvent.SCHEMA_RESOURCE).validate(tree)).isEmpty();
        ItemEvent read = EventJson.read(old, ItemEvent.class);
        assertThat(read.item().guessFloor()).isNull();
        assertThat(read).isEqualTo(item(null));
    }

    @Test
    void anItemEventWithItsFloorValidatesUnderEveryRevisionAndRoundTrips() throws Exception {
        for (double floor : new double[] {0.25, 1.0 / 3, 0.0}) {
            String json = EventJson.write(item(floor));
            ObjectNode tree = (ObjectNode) EventJson.mapper().readTree(json);
            assertThat(tree.get("item").get("guessFloor").doubleValue()).isEqualTo(floor);
            assertThat(schema(ItemEvent.SCHEMA_RESOURCE).validate(tree)).as(json).isEmpty();
            assertThat(schema("/schemas/v1.1/item-event-v1.schema.json").validate(tree)).as(json).isEmpty();
            assertThat(schema("/schemas/v1.0/item-event-v1.schema.json").validate(tree)).as(json).isEmpty();
            assertThat(EventJson.read(json, ItemEvent.class)).isEqualTo(item(floor));
            ((ObjectNode) tree.get("item")).remove("guessFloor");
            assertThat(tree).isEqualTo(tree(item(null)));
        }
        for (Object bad : new Object[] {1, 1.0, -0.5, "0.25"}) {
            ObjectNode tree = (ObjectNode) tree(item(0.25));
            ((ObjectNode) tree.get("item")).set("guessFloor", EventJson.mapper().valueToTree(bad));
            assertThat(schema(ItemEvent.SCHEMA_RESOURCE).validate(tree)).as("%s", bad).isNotEmpty();
        }
    }

    @Test
    void theSchemasSayWhichRevisionAddedTheFloorAndHowOlderEventsRead() throws Exception {
        JsonNode answer = schema(AnswerEvent.SCHEMA_RESOURCE).getSchemaNode();
        assertThat(answer.get("description").asText()).contains("revision 1.2 the optional 'guessFloor'");
        assertThat(answer.get("required").toString()).doesNotContain("guessFloor");
        assertThat(answer.at("/properties/guessFloor/description").asText()).startsWith("Revision 1.2:")
                .contains("read as 0");
        JsonNode item = schema(ItemEvent.SCHEMA_RESOURCE).getSchemaNode();
        assertThat(item.get("title").asText()).contains("revision 1.2");
        assertThat(item.at("/properties/item/required").toString()).doesNotContain("guessFloor");
        assertThat(item.at("/properties/item/properties/guessFloor/description").asText()).startsWith("Revision 1.2:")
                .contains("read as 0");
    }
}
