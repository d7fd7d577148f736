package org.learnpath.assessment.service;

import java.time.Instant;
import java.util.UUID;
import org.learnpath.assessment.model.Response;
import org.learnpath.events.answer.AnswerEvent;

/**
 * One answer to record, whoever sends it. {@code learnerId} comes from the token for learners and from
 * the body only for integrations; {@code organization} always from the token (the learner's own or the
 * integration's); {@code answeredAt} is the original time for integrations and now for learners.
 */
public record AnswerSubmission(
        String learnerId,
        String organization,
        UUID sessionId,
        UUID itemId,
        Response response,
        long responseTimeMillis,
        Instant answeredAt,
        AnswerEvent.Source source,
        String recordedBy,
        String idempotencyKey) {
}
