package org.learnpath.events.answer;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One graded answer (schema: {@code schemas/answer-event-v1.schema.json}), published on
 * {@link AnswerTopic#NAME} keyed by learner id so that one learner's answers stay in order. The event id is
 * fixed when the answer is stored: a redelivered event carries the same id, which is how consumers
 * recognise it.
 */
public record AnswerEvent(
        int schemaVersion,
        UUID eventId,
        String learnerId,
        UUID itemId,
        long itemVersion,
        List<String> skillCodes,
        boolean correct,
        double score,
        long responseTimeMillis,
        Instant answeredAt,
        UUID sessionId,
        UUID attemptId,
        int attemptNumber,
        Source source,
        double itemPriorDifficulty) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/answer-event-v1.schema.json";
    public static final String CE_TYPE = "org.learnpath.assessment.answer.graded";

    public enum Source {
        LEARNER,
        INTEGRATION
    }

    public AnswerEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(source, "source");
        skillCodes = List.copyOf(skillCodes);
        if (skillCodes.isEmpty()) {
            throw new IllegalArgumentException("An answer measures at least one skill");
        }
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within [0, 1]");
        }
    }
}
