package org.learnpath.assessment.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * A question in the item bank. Grading reads items through the service's own snapshots (ItemSnapshots), which
 * bound how long another instance's edit goes unseen; a second-level cache here would not (its entries expire
 * only when idle, which a much-answered item never is).
 */
@Entity
@Table(name = "item")
public class Item extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String stem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemType type;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Choice> choices;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public AnswerKey answer;

    @Column(nullable = false)
    public String explanation;

    /** Prior difficulty on a logit scale (about -2 easy to +2 hard). */
    @Column(nullable = false)
    public double difficulty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemStatus status = ItemStatus.DRAFT;

    // Every use of an item needs its skills (grading, events, views): load them with it.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_skill", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "skill_code", nullable = false)
    public Set<String> skillCodes = new HashSet<>();

    @Version
    public long version;

    @Column(name = "created_by")
    public String createdBy;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<String> sortedSkillCodes() {
        return skillCodes.stream().sorted().toList();
    }
}
