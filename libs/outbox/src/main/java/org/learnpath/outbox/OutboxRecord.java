package org.learnpath.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An event waiting to be published. */
@Entity
@Table(name = "outbox_event")
public class OutboxRecord extends PanacheEntityBase {

    /** From a sequence allocated in blocks, so that a transaction's outbox rows are inserted in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_id")
    @SequenceGenerator(name = "outbox_event_id", sequenceName = "outbox_event_id_seq", allocationSize = 50)
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
