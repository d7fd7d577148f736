package org.learnpath.assessment.service;

import java.time.Instant;
import java.util.UUID;
import org.learnpath.assessment.model.Response;
import org.learnpath.events.answer.AnswerEvent;

/**
 * One answer to record, whoever sends it. {@code learnerId} comes from the token for learners and from
 * the body only for integrations; {@code answeredAt} is the original time for integrations and now for
 * learners.
 */
public record AnswerSubmission(
        String learnerId,
        UUID sessionId,
        UUID itemId,
        Response response,
        long responseTimeMillis,
        Instant answeredAt,
        AnswerEvent.Source source,
        String recordedBy,
        String idempotencyKey) {
}
