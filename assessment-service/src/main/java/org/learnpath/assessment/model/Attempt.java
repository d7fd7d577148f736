package org.learnpath.assessment.model;

import java.time.Instant;
import java.util.UUID;
import org.learnpath.events.answer.AnswerEvent;

/**
 * One graded answer. Immutable once stored: its event has been promised to the recommender. Not an entity: attempts
 * are written with one multi-row statement per group commit and read by {@code repository.AttemptRepository}, which
 * maps the table's columns once, for both.
 */
public class Attempt {

    public UUID id;
    public String learnerId;
    /**
     * The learner's organization, from the token of the request that stored it; null only for attempts stored before
     * organizations existed.
     */
    public String organization;
    /** Null for an answer recorded by an integration, outside any session. */
    public UUID sessionId;
    public UUID itemId;
    public long itemVersion;
    public Response response;
    public boolean correct;
    public double score;
    public long responseTimeMillis;
    public Instant answeredAt;
    public Instant recordedAt;
    public int attemptNumber;
    public AnswerEvent.Source source;
    public String recordedBy;
    public String idempotencyKey;
    public UUID eventId;
    /** {@code PLACEMENT} for an answer in a placement session; null for an ordinary answer (study or practice). */
    public AnswerEvent.Purpose purpose;
}
