package org.learnpath.recommender.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerEventReader;
import org.learnpath.events.answer.AnswerEventStreamReader;
import org.learnpath.learner.AnswerObservation;

/**
 * Turns an answer record into what the learner model applies, or says why it cannot: unparseable JSON, a value
 * that breaks the contract's JSON Schema, or one the event record refuses. Thread-safe. Most records take
 * {@link AnswerEventStreamReader}'s one pass; the rest are judged on a tree, against the schema.
 */
public final class AnswerRecordParser {

    private final JsonSchema schema;

    public AnswerRecordParser() {
        try (InputStream in = AnswerEvent.class.getResourceAsStream(AnswerEvent.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public sealed interface Parsed permits Accepted, Rejected {
    }

    /**
     * @param organization the organization the event names; null in events of revision 1.0
     * @param placement    whether the answer was given in a placement assessment (revision 1.3's purpose PLACEMENT)
     */
    public record Accepted(AnswerObservation answer, long responseTimeMillis, String organization, boolean placement)
            implements Parsed {
    }

    public record Rejected(String reason) implements Parsed {
    }

    public Parsed parse(String value) {
        if (value == null) {
            return new Rejected("no value (answers are never deleted, a tombstone is not an answer)");
        }
        AnswerEvent event = AnswerEventStreamReader.readIfPlainlyValid(value);
        return event != null ? accepted(event) : parseTree(value);
    }

    /** The path for every text the one-pass reader leaves: slower, and it says why a text is refused. */
    private Parsed parseTree(String value) {
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(value);
        } catch (JsonProcessingException e) {
            return new Rejected("not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            return new Rejected("not a JSON object");
        }
        Set<ValidationMessage> errors;
        try {
            errors = schema.validate(json);
        } catch (RuntimeException e) {
            // The validator fails on a few texts ("source": 1e400 is an infinite number): still this record's fault,
            // and thrown on, it would stop consumption at this record for good.
            return new Rejected("cannot be checked against " + AnswerEvent.SCHEMA_RESOURCE + ": " + e);
        }
        if (!errors.isEmpty()) {
            return new Rejected("breaks " + AnswerEvent.SCHEMA_RESOURCE + ": "
                    + errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; ")));
        }
        try {
            return accepted(AnswerEventReader.read(json));
        } catch (RuntimeException e) {
            return new Rejected("not an answer event: " + e.getMessage());
        }
    }

    private static Accepted accepted(AnswerEvent event) {
        // Stored states keep microseconds (PostgreSQL); applying the same precision live keeps replays exact. An event
        // that does not say its item's guessing floor (before revision 1.2) is applied without one, as it was before.
        return new Accepted(new AnswerObservation(event.eventId().toString(), event.learnerId(),
                event.itemId().toString(), event.skillCodes(), event.correct(),
                event.answeredAt().truncatedTo(ChronoUnit.MICROS), event.itemPriorDifficulty(), event.attemptNumber(),
                event.guessFloor() == null ? 0 : event.guessFloor()),
                event.responseTimeMillis(), event.organization(), event.placement());
    }
}
