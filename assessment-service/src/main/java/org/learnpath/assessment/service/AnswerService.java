package org.learnpath.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.Attempt;

/**
 * Records answers. Each stored attempt and its answer event commit in one transaction, so there is never an answer
 * without its event nor an event without its answer. A retried submission (same learner, same Idempotency-Key)
 * returns the attempts the first one stored.
 */
@ApplicationScoped
public class AnswerService {

    private final AttemptRecorder recorder;
    private final AnswerWriter writer;

    AnswerService(AttemptRecorder recorder, AnswerWriter writer) {
        this.recorder = recorder;
        this.writer = writer;
    }

    public record Outcome(Attempt attempt, GradedItem item, AssessmentSession session) {
    }

    /** A learner's answers, newest first. */
    public List<Attempt> history(String learnerId, int page, int size) {
        return Attempt.<Attempt>find("learnerId = ?1 order by answeredAt desc, id", learnerId).page(page, size).list();
    }

    /** Records one answer given inside a session. */
    public Outcome submit(AnswerSubmission submission) {
        return recorder.replay(List.of(submission)).map(earlier -> earlier.get(0))
                .orElseGet(() -> recorder.recordInSession(submission));
    }

    /** Records an integration's batch: all answers or none. */
    public List<Outcome> submitBatch(List<AnswerSubmission> submissions) {
        return recorder.replay(submissions).orElseGet(() -> writer.write(submissions));
    }
}
