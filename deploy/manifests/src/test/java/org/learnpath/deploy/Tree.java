package org.learnpath.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** YAML and JSON as trees, and the few ways the checks walk them. */
final class Tree {

    static final YAMLMapper YAML = new YAMLMapper();
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Tree() {
    }

    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not YAML: " + e.getMessage(), e);
        }
    }

    /** The documents of a YAML stream, empty ones left out. */
    static List<JsonNode> yamlDocuments(String text) {
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(text)) {
            List<JsonNode> result = new ArrayList<>();
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !doc.isEmpty()) {
                    result.add(doc);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    /** The elements of an array node (none when missing). */
    static List<JsonNode> list(JsonNode node) {
        return node == null || !node.isArray() ? List.of()
                : StreamSupport.stream(node.spliterator(), false).toList();
    }

    /** The fields of an object node, in order (none when missing). */
    static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        }
        return fields;
    }

    /** A scalar as text, null when missing or null. */
    static String text(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    /** Every scalar of a tree with its JSON pointer, for checks that look for a value anywhere. */
    static Map<String, String> scalars(JsonNode root) {
        Map<String, String> found = new LinkedHashMap<>();
        collect(root, "", found);
        return found;
    }

    private static void collect(JsonNode node, String path, Map<String, String> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), path + "/" + e.getKey().replace("~", "~0")
                    .replace("/", "~1"), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, found);
            }
        } else if (!node.isNull()) {
            found.put(path, node.asText());
        }
    }
}
