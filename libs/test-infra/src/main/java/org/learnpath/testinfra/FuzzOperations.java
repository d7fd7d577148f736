package org.learnpath.testinfra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operations of an OpenAPI 3 document, with their parameters and request body schema ($refs resolved). */
final class FuzzOperations {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    record Operation(String method, String template, List<Parameter> parameters, JsonNode bodySchema) {

        String key() {
            return method + " " + template;
        }

        /** Only GET leaves the data as it was: every other method may change or remove what its path names. */
        boolean safe() {
            return method.equals("GET");
        }

        List<Parameter> in(String location) {
            return parameters.stream().filter(p -> p.in().equals(location)).toList();
        }
    }

    private final JsonNode document;

    FuzzOperations(JsonNode document) {
        this.document = document;
    }

    /** Reads first, then the methods that write, so that a DELETE cannot remove what a later operation fuzzes. */
    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                addParameters(path.getValue().path("parameters"), parameters);
                addParameters(operation.path("parameters"), parameters);
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(),
                        List.copyOf(parameters.values()), bodySchema(operation.path("requestBody"))));
            }
        }
        operations.sort(Comparator.comparingInt((Operation o) -> METHODS.indexOf(o.method().toLowerCase(java.util.Locale.ROOT)))
                .thenComparing(Operation::template));
        return operations;
    }

    /** Follows $ref into components (OpenAPI 3.1 allows siblings next to a $ref: the target wins here). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current != null && current.has("$ref") && hops < 20; hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target.isMissingNode() ? null : target;
        }
        return current;
    }

    private void addParameters(JsonNode list, Map<String, Parameter> into) {
        for (JsonNode p : list) {
            JsonNode parameter = resolve(p);
            if (parameter == null || !parameter.has("name")) {
                continue;
            }
            String in = parameter.path("in").asText();
            into.put(in + ":" + parameter.get("name").asText(), new Parameter(parameter.get("name").asText(), in,
                    resolve(parameter.path("schema")), parameter.path("required").asBoolean(in.equals("path"))));
        }
    }

    private JsonNode bodySchema(JsonNode requestBody) {
        JsonNode body = resolve(requestBody);
        if (body == null || body.isMissingNode()) {
            return null;
        }
        JsonNode content = body.path("content");
        JsonNode json = content.has("application/json") ? content.get("application/json")
                : content.elements().hasNext() ? content.elements().next() : null;
        if (json == null) {
            return null;
        }
        JsonNode schema = resolve(json.path("schema"));
        return schema == null || schema.isMissingNode() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : schema;
    }
}
