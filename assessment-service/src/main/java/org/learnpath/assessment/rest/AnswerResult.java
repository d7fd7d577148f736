package org.learnpath.assessment.rest;

import java.time.Instant;
import java.util.UUID;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.service.AnswerService;

/** The grade of an answer, with what was right and why: shown only once the learner has answered. */
public record AnswerResult(UUID attemptId, UUID itemId, UUID sessionId, String learnerId, boolean correct, double score,
        int attemptNumber, Instant answeredAt, AnswerKey correctAnswer, String explanation, boolean sessionCompleted) {

    static AnswerResult of(AnswerService.Outcome o) {
        var a = o.attempt();
        boolean completed = o.session() != null
                && o.session().status == org.learnpath.assessment.model.AssessmentSession.Status.COMPLETED;
        return new AnswerResult(a.id, a.itemId, a.sessionId, a.learnerId, a.correct, a.score, a.attemptNumber,
                a.answeredAt, o.item().answer(), o.item().explanation(), completed);
    }
}
