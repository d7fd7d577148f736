package org.learnpath.assessment.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.Attempt;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.SessionKind;
import org.learnpath.assessment.repository.AttemptConflict;
import org.learnpath.assessment.repository.AttemptRepository;
import org.learnpath.assessment.repository.LearnerOrganizations;
import org.learnpath.assessment.service.AnswerService.Outcome;
import org.learnpath.events.TimeOrderedIds;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

/**
 * Grades answers and stores them with their answer events, for {@link AnswerWriter}, the one way answers are written
 * (learners' and integrations'). Each stored attempt and its event are written in the same transaction, so there is
 * never an answer without its event nor an event without its answer.
 */
@ApplicationScoped
class AttemptRecorder {

    /** Clocks of integrated systems drift; an answer from further in the future than this is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** How many times an answer is numbered again after losing its attempt number to another writer. */
    private static final int MAX_NUMBERING_ROUNDS = 5;

    private final AnswerEvents events;
    private final AttemptRepository attempts;
    private final ItemSnapshots items;
    private final LearnerOrganizations organizations;

    AttemptRecorder(AnswerEvents events, AttemptRepository attempts, ItemSnapshots items,
            LearnerOrganizations organizations) {
        this.events = events;
        this.attempts = attempts;
        this.items = items;
        this.organizations = organizations;
    }

    /**
     * The answers of one request, recorded all or none, with the traceparent of the request that sent them (their
     * events continue its trace). A learner's request is one answer given inside a session ({@code sessionId} set):
     * it is graded against the session (the served item, a completed session, an item answered already) and its
     * problems are its own; an integration's is a batch of answers outside sessions, whose problems are reported
     * together, each under its answer's index.
     */
    record Batch(List<AnswerSubmission> answers, String traceparent) {

        boolean inSession() {
            return answers.size() == 1 && answers.get(0).sessionId() != null;
        }
    }

    /** What became of one request's answers in a write shared with other requests. */
    sealed interface BatchOutcome {
    }

    /** Stored, in the order sent. */
    record Stored(List<Outcome> outcomes) implements BatchOutcome {
    }

    /** Refused as a whole, with why: none of its answers was stored. */
    record Refused(ProblemException problem) implements BatchOutcome {
    }

    /** One request's answers, in a transaction of their own. */
    List<Outcome> recordBatch(Batch batch) {
        return inOwnTransaction(batch.answers(), () -> {
            // Loading the numbers locks the learners first: their organizations are then read while no one else
            // can store data of theirs.
            AttemptNumbers numbers = AttemptNumbers.loadFor(batch.answers(), attempts);
            List<Outcome> outcomes = graded(batch, knownOrganizations(batch.answers()));
            numbers.assign(outcomes);
            return stored(outcomes, Collections.nCopies(outcomes.size(), batch.traceparent()));
        });
    }

    /**
     * Several requests' answers in one transaction, each request still all or nothing: a request with an invalid
     * answer gets its problem back (in its slot of the result) and none of its answers is stored, while the other
     * requests' are. A failure of the write itself fails them all; the caller then records each on its own.
     */
    List<BatchOutcome> recordBatchesTogether(List<Batch> batches) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<AnswerSubmission> all = new ArrayList<>();
            batches.forEach(batch -> all.addAll(batch.answers()));
            AttemptNumbers numbers = AttemptNumbers.loadFor(all, attempts);
            Map<String, String> known = knownOrganizations(all);
            List<BatchOutcome> results = new ArrayList<>(batches.size());
            List<Outcome> valid = new ArrayList<>(all.size());
            List<String> traceparents = new ArrayList<>(all.size());
            for (Batch batch : batches) {
                try {
                    List<Outcome> outcomes = graded(batch, known);
                    // Numbered only once the whole batch is valid: a refused batch must not use up attempt numbers.
                    numbers.assign(outcomes);
                    // Its learners now belong to its organization for the rest of the group, whose rows are not
                    // written yet: a later batch naming another organization for them is refused like one
                    // arriving after this commit.
                    batch.answers().forEach(a -> known.putIfAbsent(a.learnerId(), a.organization()));
                    valid.addAll(outcomes);
                    traceparents.addAll(Collections.nCopies(outcomes.size(), batch.traceparent()));
                    results.add(new Stored(outcomes));
                } catch (ProblemException e) {
                    results.add(new Refused(e));
                }
            }
            stored(valid, traceparents);
            return results;
        });
    }

    /** The attempts an earlier submission with the same Idempotency-Keys stored, if any. */
    Optional<List<Outcome>> replay(List<AnswerSubmission> submissions) {
        if (submissions.get(0).idempotencyKey() == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Outcome> outcomes = new ArrayList<>();
            for (AnswerSubmission s : submissions) {
                Optional<Attempt> found = attempts.byIdempotencyKey(s.learnerId(), s.organization(), s.idempotencyKey());
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
                outcomes.add(new Outcome(attempt, GradedItem.of(Item.findById(attempt.itemId)), session));
            }
            return Optional.of(outcomes);
        });
    }

    private List<Outcome> inOwnTransaction(List<AnswerSubmission> submissions, Supplier<List<Outcome>> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(work::get);
            } catch (RuntimeException e) {
                AttemptConflict.Kind conflict = AttemptConflict.in(e).orElse(null);
                // Two retries racing: the loser's insert hits the idempotency index; answer with the winner's attempt.
                // None in this organization: the key is taken by an attempt stored before organizations existed, so
                // it is a reused key like any other.
                if (conflict == AttemptConflict.Kind.IDEMPOTENCY_KEY) {
                    return replay(submissions).orElseThrow(AttemptRecorder::reusedKey);
                }
                // Writers number a learner's attempts one at a time (AttemptRepository.priorAttempts locks them),
                // so this is a writer that did not wait its turn, such as an older version of the service during a
                // rolling update. Counting again in a new transaction sees what it stored.
                if (conflict == AttemptConflict.Kind.ATTEMPT_NUMBER) {
                    if (attempt < MAX_NUMBERING_ROUNDS) {
                        continue;
                    }
                    throw ProblemException.unavailable("Other answers of this learner to the same item were being"
                            + " recorded at the same time; nothing was stored, send the answers again", Duration.ofSeconds(1));
                }
                throw e;
            }
        }
    }

    /**
     * Grades a request's answers: a learner's answer against its session (which names the learner's organization
     * already), an integration's batch as a whole, once it names no learner of another organization ({@code known}:
     * the organization each learner's data belongs to, where one is known).
     */
    private List<Outcome> graded(Batch batch, Map<String, String> known) {
        if (batch.inSession()) {
            return List.of(grade(batch.answers().get(0), true));
        }
        requireOwnLearners(batch.answers(), known);
        return gradeBatch(batch.answers());
    }

    /**
     * Refuses, as a whole, a batch naming a learner whose data belongs to another organization, with a 404 under each
     * such answer's index. A batch of another organization must neither add to a learner's history nor learn more
     * about the learner than that the id is not its own: the problem names neither the learner's organization nor
     * anything stored. (Storing the answers under the integration's organization instead would split one learner's
     * history between two organizations and send the recommender events it has to refuse.) An unknown learner is
     * not refused: an integration's first answers for a learner are how the learner becomes its organization's.
     */
    private static void requireOwnLearners(List<AnswerSubmission> batch, Map<String, String> known) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            AnswerSubmission s = batch.get(i);
            String organization = known.get(s.learnerId());
            if (organization != null && !organization.equals(s.organization())) {
                errors.add(new Problem.FieldError("answers[" + i + "].learnerId",
                        "learner '" + s.learnerId() + "' is not one of this organization's learners"));
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " answers name learners that are not this organization's";
            throw new ProblemException(ProblemType.NOT_FOUND, 404, detail + "; no answer of the batch was stored",
                    errors, Map.of());
        }
    }

    /** The organization each of these answers' learners belongs to, where one is known; a map the caller may add to. */
    private Map<String, String> knownOrganizations(List<AnswerSubmission> answers) {
        if (answers.stream().allMatch(a -> a.sessionId() != null)) {
            return new HashMap<>(); // learners' own answers: their sessions are checked instead
        }
        return new HashMap<>(organizations.of(answers.stream().map(AnswerSubmission::learnerId).toList()));
    }

    /** Grades every answer of a batch; all problems are reported together, each under its answer's index. */
    private List<Outcome> gradeBatch(List<AnswerSubmission> batch) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                outcomes.add(grade(batch.get(i), false));
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
        return outcomes;
    }

    /** Writes the graded attempts and their answer events, in the calling transaction. */
    private List<Outcome> stored(List<Outcome> outcomes, List<String> traceparents) {
        List<Attempt> graded = new ArrayList<>(outcomes.size());
        List<GradedItem> gradedItems = new ArrayList<>(outcomes.size());
        outcomes.forEach(outcome -> {
            graded.add(outcome.attempt());
            gradedItems.add(outcome.item());
        });
        attempts.insertAll(graded);
        events.answered(graded, gradedItems, traceparents);
        return outcomes;
    }

    /** The graded attempt, not numbered yet. */
    private Outcome grade(AnswerSubmission s, boolean inSession) {
        GradedItem item = items.find(s.itemId()).orElse(null);
        if (item == null || item.status() == ItemStatus.DRAFT) {
            throw ProblemException.notFound("Item", String.valueOf(s.itemId()));
        }
        if (item.status() == ItemStatus.RETIRED) {
            throw ProblemException.conflict("Item " + item.id() + " is retired and no longer takes answers");
        }
        if (s.answeredAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("answeredAt", "is in the future");
        }
        AssessmentSession session = null;
        if (inSession) {
            session = AssessmentSession.findById(s.sessionId(), LockModeType.PESSIMISTIC_WRITE);
            // Another organization's session of the same learner is as unknown as anyone else's.
            if (session == null || !session.learnerId.equals(s.learnerId())
                    || !Objects.equals(session.organization, s.organization())) {
                throw ProblemException.notFound("Session", String.valueOf(s.sessionId()));
            }
            if (session.status == AssessmentSession.Status.COMPLETED) {
                throw ProblemException.conflict("Session " + session.id + " is completed");
            }
            if (session.skillCodes.length > 0 && item.skillCodes().stream().noneMatch(Arrays.asList(session.skillCodes)::contains)) {
                throw ProblemException.invalid("itemId", "item " + item.id() + " does not assess this session's skills");
            }
            if (attempts.countInSession(session.id, item.id()) > 0) {
                throw ProblemException.conflict("Item " + item.id() + " was already answered in this session");
            }
            // Only the item put in front of the learner: otherwise any item of the bank could be answered at will,
            // its key read in the result, and the same evidence counted again in session after session.
            if (!session.isServing(item.id())) {
                throw ProblemException.conflict("Item " + item.id() + " is not the question this session served;"
                        + " get the session's next item and answer that");
            }
        }
        Grade grade = Grader.grade(item.type(), item.choices(), item.answer(), s.response());
        long answeredInSession = session == null ? 0 : attempts.countInSession(session.id, null);
        Attempt attempt = new Attempt();
        attempt.id = TimeOrderedIds.next();
        attempt.learnerId = s.learnerId();
        attempt.organization = s.organization();
        attempt.sessionId = session == null ? null : session.id;
        attempt.itemId = item.id();
        attempt.itemVersion = item.version();
        attempt.response = s.response();
        attempt.correct = grade.correct();
        attempt.score = grade.score();
        attempt.responseTimeMillis = s.responseTimeMillis();
        attempt.answeredAt = s.answeredAt();
        attempt.recordedAt = Instant.now();
        attempt.source = s.source();
        attempt.recordedBy = s.recordedBy();
        attempt.idempotencyKey = s.idempotencyKey();
        attempt.eventId = TimeOrderedIds.next();
        // A placement session's answers measure what the learner knew before: the recommender must not count them as
        // learning opportunities, so the attempt and its event say so.
        attempt.purpose = session != null && session.kind == SessionKind.PLACEMENT ? AnswerEvent.Purpose.PLACEMENT
                : null;
        if (session != null) {
            session.answered();
        }
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
}
