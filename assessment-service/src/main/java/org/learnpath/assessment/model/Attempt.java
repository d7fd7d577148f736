package org.learnpath.assessment.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.learnpath.events.answer.AnswerEvent;

/** One graded answer. Immutable once stored: its event has been promised to the recommender. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "learner_id", nullable = false, updatable = false)
    public String learnerId;

    @Column(name = "session_id", updatable = false)
    public UUID sessionId;

    @Column(name = "item_id", nullable = false, updatable = false)
    public UUID itemId;

    @Column(name = "item_version", nullable = false, updatable = false)
    public long itemVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public Response response;

    @Column(nullable = false, updatable = false)
    public boolean correct;

    @Column(nullable = false, updatable = false)
    public double score;

    @Column(name = "response_time_ms", nullable = false, updatable = false)
    public long responseTimeMillis;

    @Column(name = "answered_at", nullable = false, updatable = false)
    public Instant answeredAt;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "attempt_number", nullable = false, updatable = false)
    public int attemptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AnswerEvent.Source source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;
}
