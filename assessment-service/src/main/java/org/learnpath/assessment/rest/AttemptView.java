package org.learnpath.assessment.rest;

import java.time.Instant;
import java.util.UUID;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.model.Response;
import org.learnpath.events.answer.AnswerEvent;

public record AttemptView(UUID id, UUID itemId, UUID sessionId, String learnerId, Response response, boolean correct,
        double score, long responseTimeMillis, Instant answeredAt, int attemptNumber, AnswerEvent.Source source) {

    static AttemptView of(Attempt a) {
        return new AttemptView(a.id, a.itemId, a.sessionId, a.learnerId, a.response, a.correct, a.score,
                a.responseTimeMillis, a.answeredAt, a.attemptNumber, a.source);
    }
}
