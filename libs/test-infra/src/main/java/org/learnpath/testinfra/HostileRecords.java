package org.learnpath.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Seeded hostile records for a consumer of a topic of JSON events, derived from one valid record (its key and value):
 * wrong keys (null, empty, huge, NUL-bearing, invalid UTF-8 such as a lone surrogate's encoding, another entity's),
 * values that are not JSON or not one object, JSON of the wrong shape, schema-breaking mutations of the valid event
 * (a field removed or of the wrong type, NUL or a lone surrogate in a string, 1e400, unknown versions and types),
 * nesting deeper than any parser allows, values far larger than any event, raw NUL bytes, duplicate fields, and
 * random binary headers. Every record made is one the consumer must refuse, except null values, which it must
 * ignore; none may change its state. Sent as raw bytes, so what reaches the broker is exactly what was made.
 */
public final class HostileRecords {

    /** A record to send; {@code value} null is a tombstone. */
    public record Hostile(String description, byte[] key, byte[] value, List<Header> headers) {

        public boolean tombstone() {
            return value == null;
        }

        @Override
        public String toString() {
            return description + " (key " + (key == null ? "null" : key.length + " bytes") + ", value "
                    + (value == null ? "null" : value.length + " bytes") + ", " + headers.size() + " headers)";
        }
    }

    /** Beyond any parser's nesting limit (Jackson's is 1,000). */
    private static final int DEEP = 2_000;
    /** Far beyond any event, within what the broker accepts (1 MiB by default) with headers and key. */
    private static final int HUGE = 700_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random;

    public HostileRecords(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The seed of a fuzz run: {@code -Dlearnpath.fuzz.seed=...} to replay one, otherwise a new one. Printed, so that
     * a failing run's seed is in the test output.
     */
    public static long seed(String suite) {
        Long fixed = Long.getLong("learnpath.fuzz.seed");
        long seed = fixed != null ? fixed : new Random().nextLong();
        System.out.printf("[fuzz] %s seed %d (replay with -Dlearnpath.fuzz.seed=%d)%n", suite, seed, seed);
        return seed;
    }

    /**
     * A hostile record derived from the valid record ({@code validKey}, {@code validJson}).
     *
     * @param otherKeys valid keys of other entities, some of which exist: a valid event under one of them, or a null
     *                  value for one, must change nothing
     */
    public Hostile next(String validKey, String validJson, List<String> otherKeys) {
        Hostile made = switch (random.nextInt(10)) {
            case 0 -> wrongKey(validKey, validJson, otherKeys);
            case 1 -> tombstone(validKey, otherKeys);
            case 2 -> notJson(validKey, validJson);
            case 3 -> wrongShape(validKey);
            case 4, 5, 6 -> schemaBreaking(validKey, validJson);
            case 7 -> deep(validKey, validJson);
            case 8 -> huge(validKey, validJson);
            default -> rawBytes(validKey, validJson);
        };
        if (random.nextInt(3) == 0) {
            int budget = made.value() != null && made.value().length > 100_000 ? 2_000 : 120_000;
            List<Header> headers = new ArrayList<>(made.headers());
            headers.addAll(headers(budget));
            made = new Hostile(made.description() + " + headers", made.key(), made.value(), headers);
        }
        return made;
    }

    private Hostile wrongKey(String validKey, String validJson, List<String> otherKeys) {
        byte[] valid = utf8(validKey);
        byte[] key = switch (random.nextInt(9)) {
            case 0 -> null;
            case 1 -> new byte[0];
            case 2 -> utf8("k".repeat(5_000 + random.nextInt(20_000)));
            case 3 -> concat(valid, new byte[] {0});
            case 4 -> concat(valid, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
            case 5 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, valid);
            case 6 -> utf8(validKey.toUpperCase(Locale.ROOT));
            case 7 -> utf8(random.nextBoolean() ? " " + validKey : validKey + "\t");
            default -> utf8(otherKeys.get(random.nextInt(otherKeys.size())));
        };
        return new Hostile("valid event under a wrong key", key, utf8(validJson), List.of());
    }

    private Hostile tombstone(String validKey, List<String> otherKeys) {
        byte[] key = switch (random.nextInt(4)) {
            case 0 -> utf8(validKey);
            case 1 -> null;
            case 2 -> utf8(validKey + "\u0000");
            default -> utf8(otherKeys.get(random.nextInt(otherKeys.size())));
        };
        return new Hostile("null value", key, null, List.of());
    }

    private Hostile notJson(String validKey, String validJson) {
        String text = switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> " \t\n ";
            case 2 -> "not json";
            case 3 -> validJson.substring(0, 1 + random.nextInt(validJson.length() - 1));
            case 4 -> validJson + (random.nextBoolean() ? "}" : " trailing");
            case 5 -> "null";
            case 6 -> "[" + validJson + "]";
            case 7 -> "\"" + validJson.replace("\"", "\\\"") + "\"";
            case 8 -> Integer.toString(random.nextInt());
            default -> validJson + validJson;
        };
        return new Hostile("not one JSON object", utf8(validKey), utf8(text), List.of());
    }

    private Hostile wrongShape(String validKey) {
        String text = switch (random.nextInt(4)) {
            case 0 -> "{}";
            case 1 -> "{\"a\":1}";
            case 2 -> "{\"schemaVersion\":1}";
            default -> "{\"event\":{\"nested\":[1,\"two\",{\"three\":null}]}}";
        };
        return new Hostile("JSON of the wrong shape", utf8(validKey), utf8(text), List.of());
    }

    /** A mutation that makes the valid event break its contract for certain. */
    private Hostile schemaBreaking(String validKey, String validJson) {
        ObjectNode event = parse(validJson);
        List<Leaf> leaves = new ArrayList<>();
        collect(event, leaves);
        Leaf leaf = leaves.get(random.nextInt(leaves.size()));
        String description;
        // Text the tree cannot hold as it must be written: a placeholder string, replaced in the JSON text.
        String placeholder = "@@raw@@";
        String raw = null;
        switch (random.nextInt(7)) {
            case 0 -> {
                if (leaf.parent() instanceof ObjectNode object) {
                    object.remove(leaf.name());
                    description = "required field " + leaf.name() + " removed";
                } else {
                    ((ArrayNode) leaf.parent()).set(leaf.index(), JSON.createObjectNode());
                    description = "array element replaced by an object";
                }
            }
            case 1 -> {
                leaf.set(leaf.value().isTextual() ? JSON.getNodeFactory().numberNode(7)
                        : JSON.getNodeFactory().textNode("7"));
                description = "field of the wrong type";
            }
            case 2 -> {
                leaf.set(JSON.getNodeFactory().textNode(leaf.value().asText() + "\u0000" + "x"));
                description = "NUL in a string";
            }
            case 3 -> {
                // Escaped, as a JSON writer would put it: the raw character would not survive UTF-8 encoding.
                raw = "\"" + (random.nextBoolean() ? "\\ud800" : "x\\udfff") + leaf.value().asText() + "\"";
                leaf.set(JSON.getNodeFactory().textNode(placeholder));
                description = "lone surrogate in a string";
            }
            case 4 -> {
                raw = random.nextBoolean() ? "1e400" : "-1E999999";
                leaf.set(JSON.getNodeFactory().textNode(placeholder));
                description = "1e400";
            }
            case 5 -> {
                event.put("schemaVersion", 2 + random.nextInt(1000));
                description = "unknown schema version";
            }
            default -> {
                event.put("type", random.nextBoolean() ? "MODULE_RENAMED" : "");
                if (!event.has("item") && !event.has("deleted")) {
                    description = "unknown event type";
                } else {
                    event.remove("item");
                    event.remove("deleted");
                    description = "neither state nor deletion";
                }
            }
        }
        String text = event.toString();
        if (raw != null) {
            text = text.replace("\"" + placeholder + "\"", raw);
        }
        return new Hostile("schema-breaking: " + description, utf8(validKey), utf8(text), List.of());
    }

    private Hostile deep(String validKey, String validJson) {
        int depth = DEEP + random.nextInt(DEEP);
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String text = validJson.substring(0, validJson.length() - 1) + ",\"deep\":" + nested + "}";
        return new Hostile("nesting " + depth + " deep", utf8(validKey), utf8(text), List.of());
    }

    private Hostile huge(String validKey, String validJson) {
        int size = HUGE + random.nextInt(HUGE / 4);
        String text = random.nextBoolean()
                ? validJson.substring(0, validJson.length() - 1) + ",\"padding\":\"" + "x".repeat(size) + "\"}"
                : "{\"padding\":\"" + "\u00e9".repeat(size / 2) + "\"}";
        return new Hostile("value of " + size + " characters", utf8(validKey), utf8(text), List.of());
    }

    private Hostile rawBytes(String validKey, String validJson) {
        byte[] value;
        String description;
        switch (random.nextInt(4)) {
            case 0 -> {
                value = new byte[1 + random.nextInt(4_000)];
                random.nextBytes(value);
                value[0] = (byte) 0xFF;
                description = "random binary value";
            }
            case 1 -> {
                // A raw NUL byte inside a string, which JSON forbids unescaped.
                int quote = validJson.indexOf("\":\"") + 3;
                value = concat(concat(utf8(validJson.substring(0, quote)), new byte[] {0}), utf8(validJson.substring(quote)));
                description = "raw NUL inside a string";
            }
            case 2 -> {
                // A lone surrogate's UTF-8 encoding, invalid UTF-8, inside a string.
                int quote = validJson.indexOf("\":\"") + 3;
                value = concat(concat(utf8(validJson.substring(0, quote)), new byte[] {(byte) 0xED, (byte) 0xB0,
                        (byte) 0x80}), utf8(validJson.substring(quote)));
                description = "encoded lone surrogate inside a string";
            }
            default -> {
                // Duplicate field: the last one wins in most parsers, and it breaks the contract.
                value = utf8(validJson.substring(0, validJson.length() - 1) + ",\"schemaVersion\":\"one\"}");
                description = "duplicate field, the last one invalid";
            }
        }
        return new Hostile(description, utf8(validKey), value, List.of());
    }

    private List<Header> headers(int budget) {
        List<Header> headers = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count && budget > 0; i++) {
            String name = switch (random.nextInt(8)) {
                case 0 -> "ce_type";
                case 1 -> "ce_id";
                case 2 -> "ce_specversion";
                case 3 -> "traceparent";
                case 4 -> "dead-letter-reason";
                case 5 -> "h\u0000" + random.nextInt(100);
                default -> new String(randomBytes(1 + random.nextInt(40)), StandardCharsets.ISO_8859_1);
            };
            byte[] value = random.nextInt(10) == 0 ? null : randomBytes(Math.min(budget,
                    random.nextInt(8) == 0 ? 50_000 + random.nextInt(50_000) : random.nextInt(300)));
            budget -= value == null ? 0 : value.length;
            headers.add(new RecordHeader(name, value));
        }
        return headers;
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A string or number of the event, where it sits. */
    private record Leaf(JsonNode parent, String name, int index, JsonNode value) {

        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode()) {
                    leaves.add(new Leaf(object, field.getKey(), -1, field.getValue()));
                } else {
                    collect(field.getValue(), leaves);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isValueNode()) {
                    leaves.add(new Leaf(array, null, i, array.get(i)));
                } else {
                    collect(array.get(i), leaves);
                }
            }
        }
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("The valid record is not a JSON object: " + json, e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Sends the records as they are, in order, each to the partition given ({@code partitions[i]} for record i), and
     * returns where each landed. The producer accepts records up to the broker's own limit.
     */
    public static List<RecordMetadata> send(String topic, List<Hostile> records, int[] partitions) {
        Map<String, Object> props = Map.of("bootstrap.servers", KafkaResource.bootstrapServers(), "acks", "all",
                "max.request.size", 2 * 1024 * 1024, "linger.ms", 5, "enable.idempotence", true);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                Hostile r = records.get(i);
                sent.add(producer.send(new ProducerRecord<>(topic, partitions[i], r.key(), r.value(), r.headers())));
            }
            List<RecordMetadata> landed = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    landed.add(sent.get(i).get(30, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("Cannot write " + records.get(i) + " to " + topic, e);
                }
            }
            return landed;
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Cannot write to " + topic, e);
        }
    }
}
