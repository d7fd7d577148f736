package org.learnpath.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes events into the outbox. It refuses to run outside a transaction: an event written on its own
 * could announce a change that then rolls back, or miss one that commits.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    public Outbox(OutboxRelay relay, TransactionSynchronizationRegistry transactions) {
        this.relay = relay;
        this.transactions = transactions;
    }

    /** Queues one record; {@code payloadJson} null queues a tombstone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, String ceType, String payloadJson, UUID eventId, Instant occurredAt) {
        OutboxRecord record = new OutboxRecord();
        record.topic = Objects.requireNonNull(topic, "topic");
        record.recordKey = Objects.requireNonNull(key, "key");
        record.ceType = Objects.requireNonNull(ceType, "ceType");
        record.payload = payloadJson;
        record.eventId = Objects.requireNonNull(eventId, "eventId");
        record.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        record.traceparent = TraceParent.current();
        record.persist();
        wakeRelayAfterCommit();
    }

    /** The relay publishes as soon as the transaction commits rather than at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
