package org.learnpath.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes events into the outbox. It refuses to run outside a transaction: an event written on its own
 * could announce a change that then rolls back, or miss one that commits.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    public Outbox(OutboxRelay relay, TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.relay = relay;
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    /**
     * One record to queue; {@code payloadJson} null is a tombstone. {@code traceparent} is the trace its consumer
     * continues (null: none); it is the current span's unless the record is queued for another thread's request.
     */
    public record Message(String topic, String key, String ceType, String payloadJson, UUID eventId,
            Instant occurredAt, String traceparent) {
        public Message {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(ceType, "ceType");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        public Message(String topic, String key, String ceType, String payloadJson, UUID eventId, Instant occurredAt) {
            this(topic, key, ceType, payloadJson, eventId, occurredAt, TraceParent.current());
        }
    }

    /** Queues one record; {@code payloadJson} null queues a tombstone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String topic, String key, String ceType, String payloadJson, UUID eventId, Instant occurredAt) {
        publishAll(List.of(new Message(topic, key, ceType, payloadJson, eventId, occurredAt)));
    }

    /**
     * Queues records with one statement on the transaction's own connection, in the order given. Their ids come from
     * the table's sequence as the rows are inserted, so that the relay, reading in id order, publishes the events of
     * one key in the order their transactions wrote them, even when several instances write them: the callers
     * serialise the writers of one key (a learner's lock, an entity's version), and none reserves ids in advance.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        UUID[] eventIds = new UUID[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        String[] traceparents = new String[n];
        String[] occurred = new String[n];
        for (int i = 0; i < n; i++) {
            Message m = messages.get(i);
            eventIds[i] = m.eventId();
            topics[i] = m.topic();
            keys[i] = m.key();
            types[i] = m.ceType();
            payloads[i] = m.payloadJson();
            traceparents[i] = m.traceparent();
            occurred[i] = m.occurredAt().toString();
        }
        try (Connection connection = dataSource.getConnection();
                // "with ordinality ... order by": ids are drawn in the order of the list, not as the planner pleases.
                PreparedStatement statement = connection.prepareStatement("""
                        insert into outbox_event (event_id, topic, record_key, ce_type, payload, traceparent, occurred_at)
                        select e, t, k, c, p, tp, o
                        from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                             with ordinality as m(e, t, k, c, p, tp, o, n)
                        order by n""")) {
            statement.setArray(1, connection.createArrayOf("uuid", eventIds));
            statement.setArray(2, connection.createArrayOf("text", topics));
            statement.setArray(3, connection.createArrayOf("text", keys));
            statement.setArray(4, connection.createArrayOf("text", types));
            statement.setArray(5, connection.createArrayOf("text", payloads));
            statement.setArray(6, connection.createArrayOf("text", traceparents));
            statement.setArray(7, connection.createArrayOf("text", occurred));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue " + n + " outbox records", e);
        }
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
