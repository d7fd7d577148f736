package org.learnpath.assessment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.learnpath.assessment.messaging.AnswerEvents;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.repository.AttemptRepository;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * Grades and stores answers. Each stored attempt and its answer event commit in one transaction, so there
 * is never an answer without its event nor an event without its answer. A retried submission (same
 * learner, same Idempotency-Key) returns the attempt the first one stored.
 */
@ApplicationScoped
public class AnswerService {

    /** Clocks of integrated systems drift; an answer from further in the future than this is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final AnswerEvents events;
    private final AttemptRepository attempts;

    public AnswerService(AnswerEvents events, AttemptRepository attempts) {
        this.events = events;
        this.attempts = attempts;
    }

    public record Outcome(Attempt attempt, Item item, AssessmentSession session) {
    }

    /** A learner's answers, newest first. */
    public List<Attempt> history(String learnerId, int page, int size) {
        return Attempt.<Attempt>find("learnerId = ?1 order by answeredAt desc, id", learnerId).page(page, size).list();
    }

    /** Records one answer given inside a session. */
    public Outcome submit(AnswerSubmission submission) {
        return withIdempotency(List.of(submission),
                () -> stored(List.of(store(submission, true, AttemptNumbers.loadFor(List.of(submission)))))).get(0);
    }

    /** Records an integration's batch: all answers or none. */
    public List<Outcome> submitBatch(List<AnswerSubmission> submissions) {
        return withIdempotency(submissions, () -> {
            List<Problem.FieldError> errors = new ArrayList<>();
            List<Outcome> outcomes = new ArrayList<>(submissions.size());
            AttemptNumbers numbers = AttemptNumbers.loadFor(submissions);
            for (int i = 0; i < submissions.size(); i++) {
                try {
                    outcomes.add(store(submissions.get(i), false, numbers));
                } catch (ProblemException e) {
                    Problem p = e.toProblem();
                    if (p.getErrors().isEmpty()) {
                        errors.add(new Problem.FieldError("answers[" + i + "]", p.getDetail()));
                    } else {
                        int index = i;
                        p.getErrors().forEach(err -> errors.add(new Problem.FieldError("answers[" + index + "]." + err.field(), err.message())));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return stored(outcomes);
        });
    }

    /** Writes the graded attempts and their answer events, in the calling transaction. */
    private List<Outcome> stored(List<Outcome> outcomes) {
        List<Attempt> graded = new ArrayList<>(outcomes.size());
        List<Item> items = new ArrayList<>(outcomes.size());
        outcomes.forEach(outcome -> {
            graded.add(outcome.attempt());
            items.add(outcome.item());
        });
        attempts.insertAll(graded);
        events.answered(graded, items);
        return outcomes;
    }

    private List<Outcome> withIdempotency(List<AnswerSubmission> submissions, java.util.function.Supplier<List<Outcome>> work) {
        Optional<List<Outcome>> earlier = replay(submissions);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (RuntimeException e) {
            // Two retries racing: the loser's insert hits the idempotency index; answer with the winner's attempt.
            if (isIdempotencyConflict(e)) {
                return replay(submissions).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Optional<List<Outcome>> replay(List<AnswerSubmission> submissions) {
        if (submissions.get(0).idempotencyKey() == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (AnswerSubmission s : submissions) {
                Optional<Attempt> found = Attempt.<Attempt>find("learnerId = ?1 and idempotencyKey = ?2", s.learnerId(),
                        s.idempotencyKey()).firstResultOptional();
                if (found.isEmpty()) {
                    if (outcomes.isEmpty()) {
                        return Optional.<List<Outcome>>empty();
                    }
                    throw reusedKey();
                }
                Attempt attempt = found.get();
                if (!attempt.itemId.equals(s.itemId()) || !Objects.equals(attempt.response, s.response())
                        || !Objects.equals(attempt.sessionId, s.sessionId())) {
                    throw reusedKey();
                }
                AssessmentSession session = attempt.sessionId == null ? null : AssessmentSession.findById(attempt.sessionId);
                outcomes.add(new Outcome(attempt, Item.findById(attempt.itemId), session));
            }
            return Optional.of(outcomes);
        });
    }

    private Outcome store(AnswerSubmission s, boolean inSession, AttemptNumbers numbers) {
        Item item = Item.findById(s.itemId());
        if (item == null || item.status == ItemStatus.DRAFT) {
            throw ProblemException.notFound("Item", String.valueOf(s.itemId()));
        }
        if (item.status == ItemStatus.RETIRED) {
            throw ProblemException.conflict("Item " + item.id + " is retired and no longer takes answers");
        }
        if (s.answeredAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("answeredAt", "is in the future");
        }
        AssessmentSession session = null;
        if (inSession) {
            session = AssessmentSession.findById(s.sessionId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (session == null || !session.learnerId.equals(s.learnerId())) {
                throw ProblemException.notFound("Session", String.valueOf(s.sessionId()));
            }
            if (session.status == AssessmentSession.Status.COMPLETED) {
                throw ProblemException.conflict("Session " + session.id + " is completed");
            }
            if (session.skillCodes.length > 0 && item.skillCodes.stream().noneMatch(Arrays.asList(session.skillCodes)::contains)) {
                throw ProblemException.invalid("itemId", "item " + item.id + " does not assess this session's skills");
            }
            if (Attempt.count("sessionId = ?1 and itemId = ?2", session.id, item.id) > 0) {
                throw ProblemException.conflict("Item " + item.id + " was already answered in this session");
            }
        }
        Grade grade = Grader.grade(item.type, item.choices, item.answer, s.response());
        long answeredInSession = session == null ? 0 : Attempt.count("sessionId", session.id);
        Attempt attempt = new Attempt();
        attempt.id = UUID.randomUUID();
        attempt.learnerId = s.learnerId();
        attempt.sessionId = session == null ? null : session.id;
        attempt.itemId = item.id;
        attempt.itemVersion = item.version;
        attempt.response = s.response();
        attempt.correct = grade.correct();
        attempt.score = grade.score();
        attempt.responseTimeMillis = s.responseTimeMillis();
        attempt.answeredAt = s.answeredAt();
        attempt.recordedAt = Instant.now();
        attempt.attemptNumber = numbers.next(s.learnerId(), item.id);
        attempt.source = s.source();
        attempt.recordedBy = s.recordedBy();
        attempt.idempotencyKey = s.idempotencyKey();
        attempt.eventId = UUID.randomUUID();
        if (session != null && answeredInSession + 1 >= session.plannedItems) {
            session.status = AssessmentSession.Status.COMPLETED;
            session.completedAt = attempt.recordedAt;
        }
        return new Outcome(attempt, item, session);
    }

    private static ProblemException reusedKey() {
        return new ProblemException(ProblemType.CONFLICT, 422,
                "This Idempotency-Key was already used for a different answer; use a new key for a new answer");
    }

    private static boolean isIdempotencyConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && "attempt_idempotency".equals(cve.getConstraintName())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("attempt_idempotency")) {
                return true;
            }
        }
        return false;
    }
}
