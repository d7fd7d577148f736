package org.learnpath.events.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;

/** The hand-written reader against Jackson's binding, on events that pass the schema and on ones that do not. */
class AnswerEventReaderTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = AnswerEvent.class.getResourceAsStream(AnswerEvent.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static AnswerEvent random(Random random) {
        List<String> skills = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            skills.add("skill-" + i + "-" + random.nextInt(1000));
        }
        return new AnswerEvent(1, new UUID(random.nextLong(), random.nextLong()), "learner-" + random.nextInt(),
                new UUID(random.nextLong(), random.nextLong()), random.nextInt(50), skills, random.nextBoolean(),
                random.nextInt(101) / 100.0, random.nextInt(600_000),
                Instant.ofEpochSecond(1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000_000)),
                random.nextBoolean() ? null : new UUID(random.nextLong(), random.nextLong()),
                new UUID(random.nextLong(), random.nextLong()), 1 + random.nextInt(9),
                AnswerEvent.Source.values()[random.nextInt(2)], -4 + 8 * random.nextDouble(), null,
                random.nextBoolean() ? null : random.nextInt(8) / 8.0,
                random.nextBoolean() ? null : AnswerEvent.Purpose.PLACEMENT);
    }

    private static JsonNode tree(AnswerEvent event) throws Exception {
        return EventJson.mapper().readTree(EventJson.write(event));
    }

    @Test
    void readsWhatBindingReads() throws Exception {
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            AnswerEvent event = random(random);
            JsonNode json = tree(event);
            assertThat(schema.validate(json)).isEmpty();
            assertThat(AnswerEventReader.read(json)).isEqualTo(event)
                    .isEqualTo(EventJson.mapper().treeToValue(json, AnswerEvent.class));
        }
    }

    @Test
    void readsOtherSpellingsTheSchemaAllowsAsBindingDoes() throws Exception {
        AnswerEvent event = random(new Random(5));
        List<Consumer<ObjectNode>> variants = List.of(
                json -> json.put("answeredAt", "2026-11-25T12:15:30.5+02:00"),
                json -> json.put("answeredAt", "2026-11-25T10:15:30Z"),
                json -> json.put("answeredAt", "2026-11-25T10:15:30.123456789Z"),
                json -> json.put("attemptNumber", 3.0),
                json -> json.put("itemVersion", 7.0),
                json -> json.put("score", 1),
                json -> json.put("itemPriorDifficulty", -2),
                json -> json.putNull("sessionId"),
                json -> json.remove("sessionId"),
                json -> json.put("guessFloor", 0.25),
                json -> json.put("guessFloor", 0),
                json -> json.put("guessFloor", Math.nextDown(1.0)),
                json -> json.put("purpose", "PLACEMENT"),
                json -> json.remove("purpose"),
                json -> json.put("addedByALaterRevision", "ignored"));
        for (Consumer<ObjectNode> variant : variants) {
            ObjectNode json = (ObjectNode) tree(event);
            variant.accept(json);
            assertThat(schema.validate(json)).as(json.toString()).isEmpty();
            assertThat(AnswerEventReader.read(json)).as(json.toString())
                    .isEqualTo(EventJson.mapper().treeToValue(json, AnswerEvent.class));
        }
    }

    @Test
    void refusesWhatTheRecordOrTheTypesRefuse() throws Exception {
        AnswerEvent event = random(new Random(7));
        List<Consumer<ObjectNode>> broken = List.of(
                json -> json.remove("eventId"),
                json -> json.put("eventId", "not-a-uuid"),
                json -> json.put("learnerId", 12),
                json -> json.put("correct", "yes"),
                json -> json.put("attemptNumber", 1.5),
                json -> json.put("answeredAt", "yesterday"),
                json -> json.put("answeredAt", "2026-11-25T10:15:30"),
                json -> json.put("source", "learner"),
                json -> json.putArray("skillCodes"),
                json -> json.putArray("skillCodes").add(3),
                json -> json.put("score", 1.5),
                json -> json.put("guessFloor", 1.0),
                json -> json.put("guessFloor", -0.25),
                json -> json.put("guessFloor", "0.25"),
                json -> json.put("purpose", "placement"),
                json -> json.put("purpose", 1));
        for (Consumer<ObjectNode> breakIt : broken) {
            ObjectNode json = (ObjectNode) tree(event);
            breakIt.accept(json);
            assertThatThrownBy(() -> AnswerEventReader.read(json)).as(json.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> AnswerEventReader.read(EventJson.mapper().readTree("[1]")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
