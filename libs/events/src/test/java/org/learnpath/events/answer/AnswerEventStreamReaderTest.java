package org.learnpath.events.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;

/**
 * The one-pass reader against the path it shortens (the tree, the JSON Schema, then {@link AnswerEventReader}):
 * whatever it accepts, that path accepts and reads to the same event; and what producers write, it accepts.
 */
class AnswerEventStreamReaderTest {

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = AnswerEvent.class.getResourceAsStream(AnswerEvent.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** What the schema and the tree reader make of a text: the event, or empty if either refuses it. */
    private static Optional<AnswerEvent> reference(String text) {
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(text);
        } catch (Exception e) {
            return Optional.empty();
        }
        try {
            // The validator throws on some texts ("source": 1e400): those are refused too.
            if (json == null || !json.isObject() || !schema.validate(json).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(AnswerEventReader.read(json));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static final double[] EDGE_NUMBERS = {0.0, 1.0, -4.0, 4.0, Double.MIN_VALUE, Math.nextDown(1.0),
        Math.nextUp(-4.0), 0.1, 0.7};

    private static AnswerEvent random(Random random) {
        List<String> skills = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            skills.add(random.nextInt(5) == 0 ? "x" + i : "skill-" + i + "-" + random.nextInt(1000));
        }
        String learner = switch (random.nextInt(4)) {
            case 0 -> "learner-" + random.nextInt();
            case 1 -> "ümlaut \"quoted\" \\ and a tab\t" + random.nextInt(99);
            case 2 -> "a".repeat(1 + random.nextInt(255));
            default -> UUID.randomUUID().toString();
        };
        double score = random.nextInt(3) == 0 ? EDGE_NUMBERS[random.nextInt(2)] : random.nextDouble();
        double prior = random.nextInt(3) == 0 ? EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)]
                : -4 + 8 * random.nextDouble();
        long second = random.nextLong(AnswerEvent.EARLIEST.getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
        return new AnswerEvent(1, new UUID(random.nextLong(), random.nextLong()), learner,
                new UUID(random.nextLong(), random.nextLong()), random.nextInt(3) == 0 ? random.nextLong(1L << 40)
                        : random.nextInt(50), skills, random.nextBoolean(), score,
                random.nextInt(5) == 0 ? Long.MAX_VALUE : random.nextInt(600_000), Instant.ofEpochSecond(second, nanos),
                random.nextBoolean() ? null : new UUID(random.nextLong(), random.nextLong()),
                new UUID(random.nextLong(), random.nextLong()), random.nextInt(5) == 0 ? Integer.MAX_VALUE
                        : 1 + random.nextInt(9), AnswerEvent.Source.values()[random.nextInt(2)], prior,
                random.nextBoolean() ? null : ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)],
                guessFloor(random), random.nextInt(3) == 0 ? AnswerEvent.Purpose.PLACEMENT : null);
    }

    /** Revision 1.2's optional floor: absent, a floor of a real format, or any value of [0, 1). */
    private static Double guessFloor(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> GUESS_FLOORS[random.nextInt(GUESS_FLOORS.length)];
            default -> random.nextDouble();
        };
    }

    private static final double[] GUESS_FLOORS = {0.0, 0.5, 0.25, 1.0 / 3, 1.0 / 15, 1.0 / 255, Double.MIN_VALUE,
        Math.nextDown(1.0)};

    private static final String[] GUESS_FLOOR_LIKE = {"0", "-0", "0.0", "-0.0", "0.25", "2.5e-1", "0.3333333333333333",
        "0.9999999999999999", "0.99999999999999999", "1", "1.0", "1.00", "-0.1", "1e-400", "-1e-400", "4.9e-324",
        "1e400", "null", "\"0.25\"", "[0.25]"};

    /** Revision 1.3's optional purpose, valid or not. */
    private static final String[] PURPOSE_LIKE = {"\"PLACEMENT\"", "\"placement\"", "\"PLACEMENT \"", "\"\"",
        "\"STUDY\"", "\"\\u0050LACEMENT\"", "[\"PLACEMENT\"]", "null"};

    /** Valid aliases of revision 1.1's optional organization. */
    private static final String[] ORGANIZATIONS = {"acme", "globex", "a", "x-1", "a".repeat(63)};

    private static final String[] ORGANIZATION_LIKE = {"\"acme\"", "\"Acme\"", "\"\"", "\"-acme\"", "\"acme-\"",
        "\"acme corp\"", "\"" + "a".repeat(64) + "\"", "[\"acme\"]", "\"acme\\u0000\"", "\"\\u0061cme\""};

    @Test
    void readsWhatProducersWriteAsTheSchemaAndTheTreeReaderDo() {
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            AnswerEvent event = random(random);
            String text = EventJson.write(event);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isEqualTo(event);
            assertThat(reference(text)).as(text).contains(event);
        }
    }

    /** The event's fields as raw JSON texts, in the producers' order, so that any field can be made any text. */
    private static Map<String, String> fields(AnswerEvent event) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        EventJson.mapper().readTree(EventJson.write(event)).fields()
                .forEachRemaining(field -> fields.put(field.getKey(), field.getValue().toString()));
        return fields;
    }

    private static final String[] ANY_VALUE = {"null", "true", "false", "\"\"", "\"x\"", "[]", "{}", "[\"a\"]",
        "{\"a\":[1,{\"b\":null}]}", "0", "-0", "1", "-1", "2", "1.5", "3.0", "1e2", "1E0", "0.5e0", "-0.0", "0.0",
        "1.0", "1.00", "4", "-4", "4.0", "-4.0", "4.5", "-4.5", "1.00000000000000001", "0.99999999999999999",
        "1.0000000000000002", "4.00000000000000001", "-4.0000000000000001", "-1e-400", "1e-400", "1e400",
        "2147483647", "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "99999999999999999999999", "\"1\"", "\"LEARNER\"", "\"INTEGRATION\"", "\"learner\"", "\"LEARNER \""};

    private static final String[] UUID_LIKE = {"\"00000000-0000-0000-0000-000000000000\"",
        "\"ABCDEF00-1234-5678-9ABC-DEF012345678\"", "\"abcdef00-1234-5678-9abc-def012345678\"",
        "\"abcdef0012345678-9abc-def012345678\"", "\"1-2-3-4-5\"", "\"{abcdef00-1234-5678-9abc-def012345678}\"",
        "\"abcdef00-1234-5678-9abc-def01234567g\"", "\"abcdef00-1234-5678-9abc-def01234567\uff11\"",
        "\"abcdef00-1234-5678-9abc-def0123456789\"", "\"abcdef00_1234-5678-9abc-def012345678\""};

    private static final String[] DATE_LIKE = {"\"2026-12-03T10:00:00Z\"", "\"2026-12-03T10:00:00.5Z\"",
        "\"2026-12-03T10:00:00+01:00\"", "\"2026-12-03t10:00:00z\"", "\"2026-02-29T00:00:00Z\"",
        "\"2024-02-29T00:00:00Z\"", "\"2026-12-03T23:59:60Z\"", "\"2026-12-03T24:00:00Z\"", "\"0000-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59.999999999Z\"", "\"2026-12-03T10:00:00.Z\"", "\"2026-12-03T10:00:00.1234567890Z\"",
        "\"2026-12-03T10:00Z\"", "\"+2026-12-03T10:00:00Z\"", "\"2026-12-03 10:00:00Z\"", "\"2026-13-03T10:00:00Z\"",
        "\"2026-12-0\uff13T10:00:00Z\"", "\"2026-12-03T10:00:00.123Z \""};

    private static final String[] SKILLS_LIKE = {"[\"a\"]", "[\"a\",\"a\"]", "[\"a\",\"b\"]", "[\"A\"]", "[\"a-\"]",
        "[\"-a\"]", "[\"a--b\"]", "[\"a-b-c9\"]", "[\"abc\\n\"]", "[\"" + "a".repeat(64) + "\"]",
        "[\"" + "a".repeat(65) + "\"]", "[1]", "[]", "[\"\u00e9\"]", "[\"a b\"]", "[null]", "[\"a\",[\"b\"]]", "\"a\""};

    private static final String[] LEARNER_LIKE = {"\"\"", "\"" + "a".repeat(255) + "\"", "\"" + "a".repeat(256) + "\"",
        "\"" + "\ud83d\ude00".repeat(255) + "\"", "\"" + "\ud83d\ude00".repeat(128) + "\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"x\""};

    private static String mutateValue(String field, Random random) {
        String[] pool = switch (field) {
            case "eventId", "itemId", "attemptId", "sessionId" -> UUID_LIKE;
            case "answeredAt" -> DATE_LIKE;
            case "skillCodes" -> SKILLS_LIKE;
            case "learnerId" -> LEARNER_LIKE;
            case "organization" -> ORGANIZATION_LIKE;
            case "guessFloor" -> GUESS_FLOOR_LIKE;
            case "purpose" -> PURPOSE_LIKE;
            default -> ANY_VALUE;
        };
        return random.nextInt(3) == 0 ? ANY_VALUE[random.nextInt(ANY_VALUE.length)] : pool[random.nextInt(pool.length)];
    }

    private static String write(List<Map.Entry<String, String>> entries, Random random) {
        String space = random.nextInt(4) == 0 ? " \n\t" : "";
        StringBuilder text = new StringBuilder(space).append('{');
        for (int i = 0; i < entries.size(); i++) {
            Map.Entry<String, String> entry = entries.get(i);
            String name = entry.getKey();
            if (random.nextInt(50) == 0 && !name.isEmpty()) {
                // The same name, spelled with an escape.
                name = String.format("\\u%04x", (int) name.charAt(0)) + name.substring(1);
            }
            text.append(i == 0 ? "" : ",").append(space).append('"').append(name).append("\":").append(space)
                    .append(entry.getValue());
        }
        text.append(space).append('}');
        switch (random.nextInt(40)) {
            case 0 -> text.append(" x");
            case 1 -> text.append("{}");
            case 2 -> text.setLength(text.length() - 1);
            case 3 -> text.insert(0, '[').append(']');
            default -> text.append(space);
        }
        return text.toString();
    }

    private static String plain(Map<String, String> fields) {
        StringBuilder text = new StringBuilder("{");
        fields.forEach((name, value) -> text.append(text.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return text.append('}').toString();
    }

    @Test
    void acceptsOnlyWhatTheSchemaAndTheTreeReaderAcceptAndReadsItTheSame() throws Exception {
        Random random = new Random(13);
        String[] names = {"schemaVersion", "eventId", "learnerId", "itemId", "itemVersion", "skillCodes", "correct",
            "score", "responseTimeMillis", "answeredAt", "sessionId", "attemptId", "attemptNumber", "source",
            "itemPriorDifficulty", "organization", "guessFloor", "purpose", "addedLater"};
        int acceptedByBoth = 0;
        int leftToTheTree = 0;
        int refusedByBoth = 0;
        for (int i = 0; i < 100_000; i++) {
            Map<String, String> fields = fields(random(random));
            List<Map.Entry<String, String>> entries = new ArrayList<>();
            fields.forEach((name, value) -> entries.add(Map.entry(name, value)));
            int mutations = random.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                String name = names[random.nextInt(names.length)];
                int at = indexOf(entries, name);
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (at >= 0) {
                            entries.remove(at);
                        }
                    }
                    case 1 -> entries.add(random.nextInt(entries.size() + 1),
                            Map.entry(name, mutateValue(name, random)));
                    default -> {
                        Map.Entry<String, String> entry = Map.entry(name, mutateValue(name, random));
                        if (at >= 0) {
                            entries.set(at, entry);
                        } else {
                            entries.add(entry);
                        }
                    }
                }
            }
            if (random.nextInt(5) == 0) {
                Collections.shuffle(entries, random);
            }
            String text = write(entries, random);
            AnswerEvent fast = AnswerEventStreamReader.readIfPlainlyValid(text);
            Optional<AnswerEvent> expected = reference(text);
            if (fast != null) {
                assertThat(expected).as(text).contains(fast);
                acceptedByBoth++;
            } else if (expected.isPresent()) {
                leftToTheTree++;
            } else {
                refusedByBoth++;
            }
        }
        System.out.printf("mutated events: %d read by both, %d left to the tree reader (valid, not plainly), "
                + "%d refused by both%n", acceptedByBoth, leftToTheTree, refusedByBoth);
        // Each outcome is common, so the comparison above ran on all three kinds of text.
        assertThat(acceptedByBoth).isGreaterThan(20_000);
        assertThat(leftToTheTree).isGreaterThan(1_000);
        assertThat(refusedByBoth).isGreaterThan(20_000);
    }

    @Test
    void readsRevision12sGuessFloorAsTheSlowerPathDoes() throws Exception {
        Map<String, String> fields = fields(random(new Random(19)));
        fields.remove("guessFloor");
        String absent = plain(fields);
        assertThat(AnswerEventStreamReader.readIfPlainlyValid(absent)).isNotNull()
                .isEqualTo(reference(absent).orElseThrow()).extracting(AnswerEvent::guessFloor).isNull();
        for (String[] accepted : new String[][] {{"0.25", "0.25"}, {"0", "0"}, {"0.000", "0"}, {"2.5e-1", "0.25"},
            {"0.9999999999999999", "0.9999999999999999"}}) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put("guessFloor", accepted[0]);
            String text = plain(changed);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isNotNull()
                    .isEqualTo(reference(text).orElseThrow()).extracting(AnswerEvent::guessFloor)
                    .isEqualTo(Double.parseDouble(accepted[1]));
        }
        // Refused by the schema (at or above 1, below 0, not a number) or, rounding to 1, by the record.
        for (String refused : new String[] {"1", "1.0", "0.99999999999999999", "-0.1", "null", "\"0.25\""}) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put("guessFloor", refused);
            String text = plain(changed);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isNull();
            assertThat(reference(text)).as(text).isEmpty();
        }
        // Below 0 as written, 0 once rounded: whatever the schema makes of it is the slower path's to say.
        Map<String, String> tiny = new LinkedHashMap<>(fields);
        tiny.put("guessFloor", "-1e-400");
        assertThat(AnswerEventStreamReader.readIfPlainlyValid(plain(tiny))).isNull();
    }

    @Test
    void readsRevision13sPurposeAsTheSlowerPathDoes() throws Exception {
        Map<String, String> fields = fields(random(new Random(23)));
        fields.remove("purpose");
        String absent = plain(fields);
        assertThat(AnswerEventStreamReader.readIfPlainlyValid(absent)).isNotNull()
                .isEqualTo(reference(absent).orElseThrow()).extracting(AnswerEvent::purpose).isNull();
        for (String accepted : new String[] {"\"PLACEMENT\"", "\"\\u0050LACEMENT\""}) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put("purpose", accepted);
            String text = plain(changed);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isNotNull()
                    .isEqualTo(reference(text).orElseThrow()).extracting(AnswerEvent::purpose)
                    .isEqualTo(AnswerEvent.Purpose.PLACEMENT);
        }
        for (String refused : new String[] {"\"placement\"", "\"STUDY\"", "\"\"", "null", "1", "[\"PLACEMENT\"]"}) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put("purpose", refused);
            String text = plain(changed);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isNull();
            assertThat(reference(text)).as(text).isEmpty();
        }
    }

    private static int indexOf(List<Map.Entry<String, String>> entries, String name) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getKey().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void leavesBoundaryRoundingToTheSlowerPath() throws Exception {
        Map<String, String> fields = fields(random(new Random(17)));
        // Each rounds to a double on or inside the bounds although the number written is outside them.
        for (String[] edge : new String[][] {{"score", "1.00000000000000001"}, {"score", "-1e-400"},
            {"itemPriorDifficulty", "4.00000000000000001"}, {"itemPriorDifficulty", "-4.0000000000000001"}}) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(edge[0], edge[1]);
            String text = plain(changed);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isNull();
        }
        for (String[] exact : new String[][] {{"score", "1.000"}, {"score", "-0.0"}, {"score", "0"},
            {"itemPriorDifficulty", "-4.0"}, {"itemPriorDifficulty", "4"}}) {
            Map<String, String> changed = new LinkedHashMap<>(fields);
            changed.put(exact[0], exact[1]);
            String text = plain(changed);
            assertThat(AnswerEventStreamReader.readIfPlainlyValid(text)).as(text).isNotNull()
                    .isEqualTo(reference(text).orElseThrow());
        }
    }
}
