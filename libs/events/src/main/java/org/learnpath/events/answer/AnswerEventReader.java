package org.learnpath.events.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.learnpath.events.Rfc3339;

/**
 * Builds an {@link AnswerEvent} from a JSON tree field by field, for consumers that have the tree already (to
 * check it against the JSON Schema) and read events in bulk. Jackson's data binding gives the same event but
 * re-reads the tree through a token buffer and builds the record reflectively: in the recommender, at a backlog
 * of 300,000 events, that took more of the consumer thread than parsing and schema validation together.
 *
 * <p>Reads what the schema allows the way {@code EventJson} binding does (see AnswerEventReaderTest, which
 * compares the two); anything else is refused with {@link IllegalArgumentException}. Unknown fields are ignored,
 * as newer minor revisions of the schema may add some.
 */
public final class AnswerEventReader {

    private AnswerEventReader() {
    }

    public static AnswerEvent read(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("an answer event is a JSON object");
        }
        return new AnswerEvent(
                (int) integer(json, "schemaVersion"),
                uuid(json, "eventId"),
                text(json, "learnerId"),
                uuid(json, "itemId"),
                integer(json, "itemVersion"),
                strings(json, "skillCodes"),
                bool(json, "correct"),
                number(json, "score"),
                integer(json, "responseTimeMillis"),
                instant(json, "answeredAt"),
                present(json, "sessionId") ? uuid(json, "sessionId") : null,
                uuid(json, "attemptId"),
                (int) integer(json, "attemptNumber"),
                source(json),
                number(json, "itemPriorDifficulty"),
                present(json, "organization") ? text(json, "organization") : null,
                present(json, "guessFloor") ? number(json, "guessFloor") : null,
                present(json, "purpose") ? purpose(json) : null);
    }

    private static boolean present(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node != null && !node.isNull();
    }

    private static JsonNode required(JsonNode json, String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return node;
    }

    private static JsonNode typed(JsonNode json, String field, Predicate<JsonNode> type, String what) {
        JsonNode node = required(json, field);
        if (!type.test(node)) {
            throw new IllegalArgumentException(field + " is not " + what);
        }
        return node;
    }

    private static String text(JsonNode json, String field) {
        return typed(json, field, JsonNode::isTextual, "a string").textValue();
    }

    private static UUID uuid(JsonNode json, String field) {
        String text = text(json, field);
        // UUID.fromString accepts shortened groups such as "1-2-3-4-5"; the contract's UUIDs are canonical.
        if (text.length() != 36) {
            throw new IllegalArgumentException(field + " is not a UUID");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " is not a UUID", e);
        }
    }

    private static long integer(JsonNode json, String field) {
        JsonNode node = required(json, field);
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        // JSON Schema counts 3.0 as an integer; binding truncates it to 3 the same way.
        if (node.isFloatingPointNumber() && node.doubleValue() == Math.rint(node.doubleValue())
                && Math.abs(node.doubleValue()) < 0x1p53) {
            return (long) node.doubleValue();
        }
        throw new IllegalArgumentException(field + " is not an integer");
    }

    private static double number(JsonNode json, String field) {
        return typed(json, field, JsonNode::isNumber, "a number").doubleValue();
    }

    private static boolean bool(JsonNode json, String field) {
        return typed(json, field, JsonNode::isBoolean, "a boolean").booleanValue();
    }

    private static List<String> strings(JsonNode json, String field) {
        JsonNode node = typed(json, field, JsonNode::isArray, "an array");
        List<String> values = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            if (!element.isTextual()) {
                throw new IllegalArgumentException(field + " holds a value that is not a string");
            }
            values.add(element.textValue());
        }
        return values;
    }

    private static Instant instant(JsonNode json, String field) {
        String text = text(json, field);
        try {
            // RFC 3339 date-times always carry an offset ("Z" or "+02:00"); the event's instant is in UTC.
            return Rfc3339.parseInstant(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not an RFC 3339 date-time", e);
        }
    }

    private static AnswerEvent.Source source(JsonNode json) {
        String text = text(json, "source");
        for (AnswerEvent.Source source : AnswerEvent.Source.values()) {
            if (source.name().equals(text)) {
                return source;
            }
        }
        throw new IllegalArgumentException("source is not one of LEARNER, INTEGRATION");
    }

    private static AnswerEvent.Purpose purpose(JsonNode json) {
        String text = text(json, "purpose");
        for (AnswerEvent.Purpose purpose : AnswerEvent.Purpose.values()) {
            if (purpose.name().equals(text)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("purpose is not PLACEMENT");
    }
}
