package org.learnpath.deploy.schema;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a document with what its typed model writes back. A value the model did not keep as written was
 * coerced (the string "3" for an integer, "true" for a boolean) or dropped: the API server, which decodes strictly,
 * would refuse the first and never see the second.
 */
final class RoundTrip {

    private RoundTrip() {
    }

    /** What the model did not keep: a value it read differently, or one it did not write back at all. */
    record Difference(String path, JsonNode written, JsonNode kept) {
        boolean dropped() {
            return kept == null;
        }

        String message() {
            return dropped() ? path + ": " + written + " is not kept by the model (dropped)"
                    : path + ": " + describe(written) + " is read as " + describe(kept) + " (wrong type or unknown value)";
        }
    }

    static void compare(JsonNode written, JsonNode kept, String path, List<Difference> violations) {
        if (written.isObject()) {
            written.properties().forEach(e -> {
                JsonNode other = kept == null ? null : kept.get(e.getKey());
                String child = path + "/" + e.getKey();
                if (other == null || other.isNull()) {
                    if (!isEmpty(e.getValue())) {
                        violations.add(new Difference(child, e.getValue(), null));
                    }
                } else {
                    compare(e.getValue(), other, child, violations);
                }
            });
        } else if (written.isArray()) {
            if (kept == null || !kept.isArray() || kept.size() != written.size()) {
                violations.add(new Difference(path, written, kept));
                return;
            }
            for (int i = 0; i < written.size(); i++) {
                compare(written.get(i), kept.get(i), path + "/" + i, violations);
            }
        } else if (!sameScalar(written, kept)) {
            violations.add(new Difference(path, written, kept));
        }
    }

    private static boolean sameScalar(JsonNode written, JsonNode kept) {
        if (written.isNumber() && kept.isNumber()) {
            return written.decimalValue().compareTo(kept.decimalValue()) == 0;
        }
        if (written.getNodeType() == kept.getNodeType()) {
            return written.asText().equals(kept.asText());
        }
        // Quantities and int-or-string fields take a number and write it back as a string: the API accepts both.
        return written.isNumber() && kept.isTextual() && written.asText().equals(kept.asText());
    }

    private static boolean isEmpty(JsonNode node) {
        return node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    private static String describe(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().toString().toLowerCase() + " " + node;
    }
}
