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

@Entity
@Table(name = "assessment_session")
public class AssessmentSession extends PanacheEntityBase {

    public enum Status {
        OPEN,
        COMPLETED
    }

    @Id
    public UUID id;

    @Column(name = "learner_id", nullable = false, updatable = false)
    public String learnerId;

    /** The learner's organization, from the token that started the session; null only for sessions stored before organizations existed. */
    @Column(updatable = false)
    public String organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public SessionKind kind;

    @Column(updatable = false)
    public String target;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "skill_codes", nullable = false, updatable = false)
    public String[] skillCodes;

    @Column(name = "planned_items", nullable = false, updatable = false)
    public int plannedItems;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    /** The item put in front of the learner and not answered yet: the only one the session takes an answer to. */
    @Column(name = "served_item_id")
    public UUID servedItemId;

    @Column(name = "served_at")
    public Instant servedAt;

    public boolean isServing(UUID itemId) {
        return servedItemId != null && servedItemId.equals(itemId);
    }

    public void serve(UUID itemId, Instant at) {
        servedItemId = itemId;
        servedAt = at;
    }

    public void answered() {
        servedItemId = null;
        servedAt = null;
    }
}
