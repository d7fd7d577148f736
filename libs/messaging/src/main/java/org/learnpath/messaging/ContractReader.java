package org.learnpath.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnpath.events.EventJson;

/**
 * Turns a record value into the event of a contract, or refuses it with {@link RecordRejected} saying why, before
 * anything is applied: larger than the limit, not one JSON object, text a database cannot store (NUL, unpaired
 * surrogates), numbers out of any range (1e400), breaks the contract's JSON Schema, or refused by the event record
 * itself. Thread-safe.
 */
public final class ContractReader<T> {

    private final Class<T> type;
    private final String schemaResource;
    private final JsonSchema schema;
    private final int maxValueBytes;
    private final ObjectReader treeReader = EventJson.mapper().readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ContractReader(Class<T> type, String schemaResource, int maxValueBytes) {
        this.type = type;
        this.schemaResource = schemaResource;
        this.maxValueBytes = maxValueBytes;
        try (InputStream in = type.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("Missing event schema " + schemaResource);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public T read(String value) {
        if (value == null) {
            throw new RecordRejected("no value");
        }
        long bytes = Utf8.length(value);
        if (bytes > maxValueBytes) {
            throw new RecordRejected("value of " + bytes + " bytes, more than the " + maxValueBytes + " accepted");
        }
        JsonNode json;
        try {
            json = treeReader.readValue(value);
        } catch (JsonProcessingException e) {
            throw new RecordRejected("not JSON: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new RecordRejected("not JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new RecordRejected("not a JSON object");
        }
        String unstorable = unstorable(json);
        if (unstorable != null) {
            throw new RecordRejected(unstorable);
        }
        Set<ValidationMessage> errors;
        try {
            errors = schema.validate(json);
        } catch (RuntimeException e) {
            throw new RecordRejected("cannot be checked against " + schemaResource + ": " + e);
        }
        if (!errors.isEmpty()) {
            throw new RecordRejected("breaks " + schemaResource + ": "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        try {
            return EventJson.mapper().treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new RecordRejected("not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new RecordRejected("not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Why some text or number of the tree can be neither stored nor trusted, or null. */
    private static String unstorable(JsonNode node) {
        if (node.isTextual()) {
            return Utf8.isStorable(node.textValue()) ? null : "text with NUL or an unpaired surrogate";
        }
        if (node.isNumber()) {
            return node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue()) ? "a number out of range" : null;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!Utf8.isStorable(field.getKey())) {
                    return "a field name with NUL or an unpaired surrogate";
                }
                String inner = unstorable(field.getValue());
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String inner = unstorable(element);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
