package org.learnpath.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * An event waiting to be published, as stored. Read-only: rows are written by {@link Outbox} and deleted by
 * {@link OutboxRelay}, both with plain SQL.
 */
@Entity
@Immutable
@Table(name = "outbox_event")
public class OutboxRecord extends PanacheEntityBase {

    /** Taken from the table's sequence by the insert: the order in which rows were written. */
    @Id
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "record_key", nullable = false, updatable = false)
    public String recordKey;

    @Column(name = "ce_type", nullable = false, updatable = false)
    public String ceType;

    /** JSON value of the record; null for a tombstone. */
    @Column(updatable = false)
    public String payload;

    /** W3C traceparent of the queuing transaction's span, or null when it was not traced. */
    @Column(name = "traceparent")
    public String traceparent;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
