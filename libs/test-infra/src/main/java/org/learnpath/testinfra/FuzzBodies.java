package org.learnpath.testinfra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Request bodies: a valid-looking instance of the operation's schema, then one or two mutations. Mutations that
 * no JSON library would write (a lone surrogate escape, 1e400, duplicate keys, invalid UTF-8, 10,000 levels of
 * nesting) are spliced into the serialized text as raw bytes, at the place of a marker value.
 */
final class FuzzBodies {

    enum Mutation {
        CONTROL_CHARACTER, RAW_CONTROL_CHARACTER, LONE_SURROGATE, INVALID_UTF8, NULL_ELEMENT, NULL_VALUE, ODD_NUMBER,
        WRONG_TYPE, MISSING_FIELD, EXTRA_FIELD, ODD_STRING, OVERSIZED_STRING, OVERSIZED_ARRAY, DEEP_NESTING,
        DUPLICATE_KEY, EMPTY_BODY, NOT_JSON, WRONG_ROOT, WRONG_CONTENT_TYPE;

        /** Mutations of the tree itself, which can be combined with any other. */
        boolean stackable() {
            return switch (this) {
                case CONTROL_CHARACTER, NULL_ELEMENT, NULL_VALUE, WRONG_TYPE, MISSING_FIELD, EXTRA_FIELD, ODD_STRING -> true;
                default -> false;
            };
        }
    }

    record Body(byte[] bytes, String contentType, String kind) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SLOT = "@@fuzz-slot-5e1f@@";
    private static final String DUPLICATE = "@@fuzz-duplicate-5e1f@@";
    private static final String JSON_TYPE = "application/json";

    private static final char[] CONTROLS = {'\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b',
            '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\t',
            '\n', '\r'};
    private static final List<String> SURROGATES = List.of("\"abc\\ud800\"", "\"\\udc00\"", "\"\\ud800\\u0041\"",
            "\"x\\udbff\"", "\"\\ud800\\ud800\"", "\"\\udfff\\ud800\"", "\"\\uD83D\"", "\"\\ud800\" ");
    private static final List<byte[]> BAD_UTF8 = List.of(bytes(0xff), bytes(0xc3, 0x28), bytes(0xc0, 0xaf),
            bytes(0xe0, 0x80, 0xaf), bytes(0xf8, 0x88, 0x80, 0x80, 0x80), bytes(0x80), bytes(0xf4, 0x90, 0x80, 0x80),
            bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xb0, 0x80), bytes(0xc0, 0x80), bytes(0xe2, 0x82));
    private static final List<String> NUMBERS = List.of("1e400", "-1e400", "-0", "-0.0", "1e-400", "1E999999999",
            "1e-999999999", "123456789012345678901234567890", "-123456789012345678901234567890",
            "0.000000000000000000000000000000000000000001", "9223372036854775808", "-9223372036854775809",
            "2147483648", "-2147483649", "1.7976931348623157e309", "4.9e-325", "NaN", "Infinity", "-Infinity", "0x10",
            "01", "1.", ".5", "+1", "1e", "--1", "1" + "0".repeat(5000), "0." + "0".repeat(5000) + "1");
    private static final List<String> ODD_STRINGS = List.of("", " ", "\t", "   x   ", "' OR 1=1--", "%00", "\\u0000",
            "${jndi:ldap://x}", "<script>alert(1)</script>", "../../etc/passwd", "\u202eevil", "\ud83d\ude00",
            "e\u0301\u0301\u0301\u0301", "\u0130stanbul", "\ufb03", "stra\u00dfe", "null", "NaN", "true", "0", "-1",
            "a\u200bb", "\u00a0", "\u3000", "%s%s%n", "{}", "[]", "\"", "\\", "*", "?", "Z".repeat(257));
    private static final List<String> NOT_JSON = List.of("hello", "{", "}", "]", "<a/>", "{'a':1}", "{a:1}", "[1,]",
            "{\"a\":1,}", "/* c */{}", "// c\n{}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}",
            "{\"a\":\"\\uZZZZ\"}", "\"unterminated", "{\"a\" 1}", "{\"a\":1}}", "[[]", "{\"a\":\"\n\"}", "\u0000",
            "{\"a\":\"b\"\u0000}", "undefined", "True", "nul");
    private static final List<String> ROOTS = List.of("null", "[]", "[{}]", "\"x\"", "0", "-0", "true", "{}", "1e400",
            "[null]", "\"\\u0000\"");
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "text/xml",
            "application/x-www-form-urlencoded", "application/octet-stream", "application/json; charset=utf-16",
            "application/json; charset=bogus", "application/json; charset=", "application/json;;",
            "application/json; x=\"", "application/jsonx", "json", "*/*", "application/*", "text/html",
            "application/problem+json", "application/merge-patch+json", "APPLICATION/JSON", "application/json; charset=ISO-8859-1",
            "text/plain; charset=utf-8", "application/json\u0001", "application/ json");
    private static final List<String> EXTRA_NAMES = List.of("zzUnknown", "__proto__", "constructor", "@class", "@type",
            "$ref", "", " ", "\u0000", "id", "version", "createdBy", "learnerId", "status", "createdAt", "etag");

    private final FuzzOperations document;
    private final Map<String, Function<Random, String>> samples;
    private final long maxBodyBytes;

    FuzzBodies(FuzzOperations document, Map<String, Function<Random, String>> samples, long maxBodyBytes) {
        this.document = document;
        this.samples = samples;
        this.maxBodyBytes = maxBodyBytes;
    }

    // ---------------------------------------------------------------- a valid-looking instance

    JsonNode instance(JsonNode schema, String name, Random random) {
        return instance(schema, name, random, 0);
    }

    private JsonNode instance(JsonNode rawSchema, String name, Random random, int depth) {
        JsonNode schema = effective(rawSchema);
        if (schema == null) {
            return NODES.textNode(text(random, 8));
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(v -> {
                if (!v.isNull()) {
                    values.add(v);
                }
            });
            if (!values.isEmpty()) {
                return values.get(random.nextInt(values.size())).deepCopy();
            }
        }
        String type = type(schema);
        Function<Random, String> sample = name == null ? null : samples.get(name);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                if (depth > 6) {
                    return object;
                }
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (required.contains(property.getKey()) || random.nextInt(10) < 7) {
                        object.set(property.getKey(), instance(property.getValue(), property.getKey(), random, depth + 1));
                    }
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                if (depth > 6) {
                    return array;
                }
                int min = Math.max(1, schema.path("minItems").asInt(1));
                int max = Math.max(min, schema.path("maxItems").asInt(min + 2));
                int count = min + random.nextInt(Math.min(max, min + 2) - min + 1);
                for (int i = 0; i < count; i++) {
                    array.add(instance(schema.path("items"), name, random, depth + 1));
                }
                return array;
            }
            case "integer": {
                if (sample != null) {
                    String value = sample.apply(random);
                    try {
                        return NODES.numberNode(Long.parseLong(value));
                    } catch (NumberFormatException e) {
                        return NODES.textNode(value);
                    }
                }
                long min = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : 0;
                long max = schema.has("maximum") ? (long) Math.floor(schema.get("maximum").asDouble()) : min + 1000;
                return NODES.numberNode(min + (long) (random.nextDouble() * Math.min(1000, Math.max(0, max - min))));
            }
            case "number": {
                double min = schema.path("minimum").asDouble(0);
                double max = schema.has("maximum") ? schema.get("maximum").asDouble() : min + 100;
                return NODES.numberNode(Math.round((min + random.nextDouble() * Math.min(1000, max - min)) * 100) / 100.0);
            }
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.textNode(sample != null ? sample.apply(random) : string(schema, random));
        }
    }

    private String string(JsonNode schema, Random random) {
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid":
                return FuzzValues.uuid(random).toString();
            case "date-time":
                return Instant.now().minusSeconds(random.nextInt(100_000)).toString();
            case "date":
                return LocalDate.now().minusDays(random.nextInt(100)).toString();
            case "uri":
            case "url":
                return "https://example.org/fuzz/" + random.nextInt(1000);
            case "email":
                return "fuzz" + random.nextInt(1000) + "@example.org";
            default:
                break;
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Math.max(min, 60));
        if (schema.has("pattern")) {
            String matching = matching(schema.get("pattern").asText(), random, min, max);
            if (matching != null) {
                return matching;
            }
        }
        int length = Math.min(max, Math.max(min, 12 + random.nextInt(30)));
        return text(random, length);
    }

    /** A value for common identifier patterns; the "zz-fuzz-" keys sort after real data in listings. */
    private static String matching(String regex, Random random, int min, int max) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            return null;
        }
        String suffix = Long.toString(Math.abs(random.nextLong()) % 1_000_000_000L, 36);
        for (String candidate : List.of("zz-fuzz-" + suffix, "https://example.org/fuzz/" + suffix,
                String.valueOf((char) ('a' + random.nextInt(4))), "a", FuzzValues.uuid(random).toString(), suffix, "1", "A")) {
            if (candidate.length() >= min && candidate.length() <= max && pattern.matcher(candidate).find()) {
                return candidate;
            }
        }
        return null;
    }

    private static String text(Random random, int length) {
        String[] words = {"fuzz", "data", "model", "learning", "regression", "tree", "mean", "value", "path", "skill"};
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(words[random.nextInt(words.length)]);
        }
        return out.substring(0, length);
    }

    private JsonNode effective(JsonNode schema) {
        JsonNode resolved = document.resolve(schema);
        for (int i = 0; resolved != null && i < 5; i++) {
            JsonNode alternatives = resolved.has("allOf") ? resolved.get("allOf")
                    : resolved.has("oneOf") ? resolved.get("oneOf") : resolved.has("anyOf") ? resolved.get("anyOf") : null;
            if (alternatives == null || resolved.has("properties") || resolved.has("type")) {
                return resolved;
            }
            JsonNode next = null;
            for (JsonNode alternative : alternatives) {
                JsonNode candidate = document.resolve(alternative);
                if (candidate != null && !"null".equals(candidate.path("type").asText())) {
                    next = candidate;
                    break;
                }
            }
            resolved = next;
        }
        return resolved;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }

    // ---------------------------------------------------------------- mutations

    Body valid(JsonNode instance) {
        return new Body(write(instance).getBytes(StandardCharsets.UTF_8), JSON_TYPE, "VALID");
    }

    Body mutate(JsonNode valid, Random random) {
        Mutation[] all = Mutation.values();
        Mutation primary = all[random.nextInt(all.length)];
        JsonNode tree = valid.deepCopy();
        String kind = primary.name();
        if (random.nextInt(4) == 0) {
            Mutation extra = all[random.nextInt(all.length)];
            if (extra.stackable() && extra != primary) {
                tree = applyToTree(extra, tree, random);
                kind = kind + "+" + extra.name();
            }
        }
        return new Body(apply(primary, tree, random), contentType(primary, random), kind);
    }

    private String contentType(Mutation mutation, Random random) {
        return mutation == Mutation.WRONG_CONTENT_TYPE ? CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())) : JSON_TYPE;
    }

    private byte[] apply(Mutation mutation, JsonNode tree, Random random) {
        switch (mutation) {
            case EMPTY_BODY:
                return pick(random, List.of("", " ", "\n", "\r\n\t ")).getBytes(StandardCharsets.UTF_8);
            case NOT_JSON:
                return notJson(tree, random);
            case WRONG_ROOT: {
                String root = random.nextInt(4) == 0 ? "[" + write(tree) + "]" : pick(random, ROOTS);
                return root.getBytes(StandardCharsets.UTF_8);
            }
            case WRONG_CONTENT_TYPE:
                return write(tree).getBytes(StandardCharsets.UTF_8);
            case RAW_CONTROL_CHARACTER: {
                Location at = pickLocation(tree, random, JsonNode::isTextual);
                char c = CONTROLS[random.nextInt(8)];
                return splice(at.replace(tree, NODES.textNode(SLOT)),
                        ("\"fuzz" + c + "raw\"").getBytes(StandardCharsets.UTF_8));
            }
            case LONE_SURROGATE: {
                Location at = pickLocation(tree, random, JsonNode::isTextual);
                byte[] raw = random.nextInt(4) == 0 ? concat(bytes('"'), bytes(0xed, 0xa0, 0x80), bytes('"'))
                        : pick(random, SURROGATES).getBytes(StandardCharsets.UTF_8);
                return splice(at.replace(tree, NODES.textNode(SLOT)), raw);
            }
            case INVALID_UTF8: {
                Location at = pickLocation(tree, random, JsonNode::isTextual);
                byte[] raw = concat(bytes('"', 'f', 'u'), pick(random, BAD_UTF8), bytes('z', '"'));
                return splice(at.replace(tree, NODES.textNode(SLOT)), raw);
            }
            case ODD_NUMBER: {
                Location at = pickLocation(tree, random, JsonNode::isNumber);
                return splice(at.replace(tree, NODES.textNode(SLOT)),
                        pick(random, NUMBERS).getBytes(StandardCharsets.UTF_8));
            }
            case DEEP_NESTING: {
                int depth = 10_000;
                String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                Location at = random.nextInt(3) == 0 ? Location.ROOT : pickLocation(tree, random, n -> true);
                return splice(at.replace(tree, NODES.textNode(SLOT)), nested.getBytes(StandardCharsets.UTF_8));
            }
            case DUPLICATE_KEY:
                return duplicateKey(tree, random);
            case OVERSIZED_STRING: {
                Location at = pickLocation(tree, random, JsonNode::isTextual);
                long room = Math.max(1_000, maxBodyBytes * 9 / 10 - write(tree).length());
                String unit = pick(random, List.of("x", "x", "\u00e9", "\ud83d\ude00", "\u0000", "\\"));
                int bytesPerUnit = unit.equals("\u0000") ? 6 : unit.equals("\\") ? 2 : unit.getBytes(StandardCharsets.UTF_8).length;
                int count = (int) Math.min(100_000 / unit.length(), room / bytesPerUnit);
                return write(at.replace(tree, NODES.textNode(unit.repeat(count)))).getBytes(StandardCharsets.UTF_8);
            }
            case OVERSIZED_ARRAY: {
                Location at = pickLocation(tree, random, JsonNode::isArray);
                JsonNode element = at.value(tree).isArray() && at.value(tree).size() > 0 ? at.value(tree).get(0)
                        : NODES.textNode("x");
                long room = Math.max(1_000, maxBodyBytes * 9 / 10 - write(tree).length());
                // 10,000 copies of a real element when they fit, else of a small value: a body of a million bytes of
                // objects costs the server far more time than it tells about its handling of long lists.
                if ((write(element).length() + 1) * 10_000L > room) {
                    element = pick(random, List.of(NODES.textNode("x"), NODES.nullNode(), NODES.numberNode(1)));
                }
                int count = (int) Math.min(10_000, room / (write(element).length() + 1));
                ArrayNode big = NODES.arrayNode();
                for (int i = 0; i < count; i++) {
                    big.add(element.deepCopy());
                }
                return write(at.replace(tree, big)).getBytes(StandardCharsets.UTF_8);
            }
            default:
                return write(applyToTree(mutation, tree, random)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private JsonNode applyToTree(Mutation mutation, JsonNode tree, Random random) {
        switch (mutation) {
            case CONTROL_CHARACTER: {
                Location at = pickLocation(tree, random, JsonNode::isTextual);
                String value = at.value(tree).isTextual() ? at.value(tree).asText() : "fuzz";
                int position = value.isEmpty() ? 0 : random.nextInt(value.length() + 1);
                String c = String.valueOf(CONTROLS[random.nextInt(CONTROLS.length)]);
                return at.replace(tree, NODES.textNode(value.substring(0, position) + c + value.substring(position)));
            }
            case NULL_ELEMENT: {
                Location at = pickLocation(tree, random, JsonNode::isArray);
                JsonNode value = at.value(tree);
                ArrayNode array = value.isArray() ? ((ArrayNode) value).deepCopy() : NODES.arrayNode();
                array.insertNull(array.isEmpty() ? 0 : random.nextInt(array.size() + 1));
                return at.replace(tree, array);
            }
            case NULL_VALUE:
                return pickLocation(tree, random, n -> true).replace(tree, NODES.nullNode());
            case WRONG_TYPE: {
                Location at = pickLocation(tree, random, n -> true);
                return at.replace(tree, wrongType(at.value(tree), random));
            }
            case MISSING_FIELD: {
                Location at = pickLocation(tree, random, JsonNode::isObject);
                JsonNode value = at.value(tree);
                if (!value.isObject() || value.isEmpty()) {
                    return tree;
                }
                ObjectNode object = ((ObjectNode) value).deepCopy();
                if (random.nextInt(4) == 0) {
                    object.removeAll();
                } else {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    object.remove(names.get(random.nextInt(names.size())));
                }
                return at.replace(tree, object);
            }
            case EXTRA_FIELD: {
                Location at = pickLocation(tree, random, JsonNode::isObject);
                JsonNode value = at.value(tree);
                ObjectNode object = value.isObject() ? ((ObjectNode) value).deepCopy() : NODES.objectNode();
                object.set(pick(random, EXTRA_NAMES), pick(random, List.of(NODES.textNode("x"), NODES.numberNode(1),
                        NODES.objectNode().put("a", 1), NODES.arrayNode().add(1), NODES.booleanNode(true))));
                return at.replace(tree, object);
            }
            case ODD_STRING: {
                Location at = pickLocation(tree, random, JsonNode::isTextual);
                String odd = random.nextInt(6) == 0 ? FuzzValues.randomUnicode(random, 1 + random.nextInt(30))
                        : pick(random, ODD_STRINGS);
                return at.replace(tree, NODES.textNode(odd));
            }
            default:
                return tree;
        }
    }

    private static JsonNode wrongType(JsonNode current, Random random) {
        List<JsonNode> options = new ArrayList<>(List.of(NODES.textNode("x"), NODES.numberNode(7),
                NODES.numberNode(-1.5), NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(),
                NODES.arrayNode().add("x"), NODES.objectNode().put("a", "b"), NODES.arrayNode().add(NODES.objectNode())));
        if (current != null && current.isTextual()) {
            options.removeIf(JsonNode::isTextual);
        } else if (current != null && current.isNumber()) {
            options.removeIf(JsonNode::isNumber);
            options.add(NODES.textNode(current.asText()));
        } else if (current != null && current.isArray()) {
            options.removeIf(JsonNode::isArray);
        } else if (current != null && current.isObject()) {
            options.removeIf(JsonNode::isObject);
        }
        return pick(random, options);
    }

    private byte[] notJson(JsonNode tree, Random random) {
        String valid = write(tree);
        switch (random.nextInt(6)) {
            case 0:
                return valid.substring(0, random.nextInt(Math.max(1, valid.length()))).getBytes(StandardCharsets.UTF_8);
            case 1:
                return (valid + pick(random, List.of(" x", "{}", ",", "]", "\u0000", " // c"))).getBytes(StandardCharsets.UTF_8);
            case 2:
                return concat(bytes(0xef, 0xbb, 0xbf), valid.getBytes(StandardCharsets.UTF_8));
            case 3:
                return valid.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
            default:
                return pick(random, NOT_JSON).getBytes(StandardCharsets.UTF_8);
        }
    }

    private byte[] duplicateKey(JsonNode tree, Random random) {
        Location at = pickLocation(tree, random, n -> n.isObject() && !n.isEmpty());
        JsonNode value = at.value(tree);
        if (!value.isObject() || value.isEmpty()) {
            return "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode object = ((ObjectNode) value).deepCopy();
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        object.set(DUPLICATE, random.nextBoolean() ? wrongType(object.get(name), random) : object.get(name));
        String text = write(at.replace(tree, object));
        return text.replace("\"" + DUPLICATE + "\"", writeString(name)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(JsonNode tree, byte[] raw) {
        String text = write(tree);
        int at = text.indexOf("\"" + SLOT + "\"");
        if (at < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8), raw,
                text.substring(at + SLOT.length() + 2).getBytes(StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- where in the tree

    /** A place in a tree: the root, an object's property or an array's element. */
    private record Location(List<Object> steps) {

        static final Location ROOT = new Location(List.of());

        JsonNode value(JsonNode root) {
            JsonNode node = root;
            for (Object step : steps) {
                node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            }
            return node;
        }

        /** The tree with this place's value replaced (the root itself when this is the root). */
        JsonNode replace(JsonNode root, JsonNode value) {
            if (steps.isEmpty()) {
                return value;
            }
            JsonNode parent = new Location(steps.subList(0, steps.size() - 1)).value(root);
            Object last = steps.get(steps.size() - 1);
            if (last instanceof Integer i) {
                ((ArrayNode) parent).set(i, value);
            } else {
                ((ObjectNode) parent).set((String) last, value);
            }
            return root;
        }
    }

    /** A random place whose value passes the filter, or any place when none does. */
    private static Location pickLocation(JsonNode root, Random random, java.util.function.Predicate<JsonNode> filter) {
        List<Location> all = new ArrayList<>();
        collect(root, new ArrayList<>(), all);
        List<Location> matching = all.stream().filter(l -> filter.test(l.value(root))).toList();
        List<Location> from = matching.isEmpty() ? all : matching;
        return from.get(random.nextInt(from.size()));
    }

    private static void collect(JsonNode node, List<Object> steps, List<Location> into) {
        into.add(new Location(List.copyOf(steps)));
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                steps.add(name);
                collect(node.get(name), steps, into);
                steps.remove(steps.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                steps.add(i);
                collect(node.get(i), steps, into);
                steps.remove(steps.size() - 1);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String writeString(String value) {
        return write(NODES.textNode(value));
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
