package org.learnpath.assessment.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.repository.AttemptRepository;
import org.learnpath.outbox.TraceParent;
import org.learnpath.rest.ProblemException;

/**
 * Records answers, learners' and integrations' alike, through one pipeline: a retried submission (same learner, same
 * Idempotency-Key) is looked up first and answered with the attempts the first one stored; any other goes to the
 * group commit ({@link AnswerWriter}). Each stored attempt and its answer event commit in one transaction, so there
 * is never an answer without its event nor an event without its answer.
 */
@ApplicationScoped
public class AnswerService {

    private final AttemptRecorder recorder;
    private final AnswerWriter writer;
    private final AttemptRepository attempts;

    AnswerService(AttemptRecorder recorder, AnswerWriter writer, AttemptRepository attempts) {
        this.recorder = recorder;
        this.writer = writer;
        this.attempts = attempts;
    }

    public record Outcome(Attempt attempt, GradedItem item, AssessmentSession session) {
    }

    /** A learner's answers in an organization, newest first; none for a learner the organization does not know. */
    public List<Attempt> history(String learnerId, String organization, int page, int size) {
        return attempts.history(learnerId, organization, page, size);
    }

    /**
     * Another learner's answers in the caller's organization, newest first; a 404 when the learner has none there,
     * so that a learner of another organization and an id no one uses answer alike.
     */
    public List<Attempt> historyOf(String learnerId, String organization, int page, int size) {
        List<Attempt> found = attempts.history(learnerId, organization, page, size);
        if (found.isEmpty() && !attempts.hasAny(learnerId, organization)) {
            throw ProblemException.notFound("Learner", learnerId);
        }
        return found;
    }

    /**
     * Records one request's answers, all or none, without blocking the caller, which may be an event loop: the result
     * arrives once the group commit holding them is written. A learner's request is one answer given inside a
     * session; an integration's a batch of answers outside sessions (see {@link AttemptRecorder.Batch}).
     */
    public Uni<List<Outcome>> submit(List<AnswerSubmission> submissions) {
        // Taken here, on the request's own thread: the write may be queued from another one.
        String traceparent = TraceParent.current();
        Uni<List<Outcome>> write = Uni.createFrom().completionStage(() -> writer.submit(submissions, traceparent));
        if (submissions.get(0).idempotencyKey() == null) {
            return write;
        }
        Optional<ProblemException> full = writer.refusalWhileFull();
        if (full.isPresent()) {
            return Uni.createFrom().failure(full.get());
        }
        // Looking for an earlier send of the same key reads the database: on a worker thread, never the event loop,
        // and not on a writer either, whose time every queued request shares.
        return Uni.createFrom().item(() -> recorder.replay(submissions))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(earlier -> earlier.isPresent() ? Uni.createFrom().item(earlier.get()) : write);
    }
}
