package org.learnpath.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    /** Ids per call of the outbox id sequence (its increment, and OutboxRecord's allocation size). */
    private static final int ID_BLOCK = 50;

    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    // Ids fetched from the sequence and not used yet: pooledNext..pooledLast (empty when next > last).
    private long pooledNext = 1;
    private long pooledLast = 0;

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

    /**
     * Queues many records with one statement on the transaction's own connection, for callers that write many
     * events at once (a batch of answers): building and flushing one entity per record cost more CPU than the
     * rest of such a request. Same rows, same transaction, same wake-up as {@link #publish}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        int n = messages.size();
        Long[] ids = new Long[n];
        UUID[] eventIds = new UUID[n];
        String[] topics = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        String[] traceparents = new String[n];
        String[] occurred = new String[n];
        try (Connection connection = dataSource.getConnection()) {
            allocateIds(connection, ids);
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
            try (PreparedStatement statement = connection.prepareStatement("""
                    insert into outbox_event (id, event_id, topic, record_key, ce_type, payload, traceparent, occurred_at)
                    select * from unnest(?::bigint[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                         ?::timestamptz[])""")) {
                statement.setArray(1, connection.createArrayOf("bigint", ids));
                statement.setArray(2, connection.createArrayOf("uuid", eventIds));
                statement.setArray(3, connection.createArrayOf("text", topics));
                statement.setArray(4, connection.createArrayOf("text", keys));
                statement.setArray(5, connection.createArrayOf("text", types));
                statement.setArray(6, connection.createArrayOf("text", payloads));
                statement.setArray(7, connection.createArrayOf("text", traceparents));
                statement.setArray(8, connection.createArrayOf("text", occurred));
                statement.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not queue " + n + " outbox records", e);
        }
        wakeRelayAfterCommit();
    }

    /**
     * Ids the way OutboxRecord's generator takes them, so that both can be used on one table: each value the
     * sequence returns is the first of a block of {@value #ID_BLOCK} ids that belongs to its caller alone. That is
     * Hibernate's "pooled-lo" optimizer, Quarkus' default, which the services using this method also set explicitly
     * (quarkus.hibernate-orm.mapping.id.optimizer.default); OutboxIdsTest fails if the two ever overlap. The ids of a
     * block not used up by one call serve the next ones, so most calls cost no round trip for their ids.
     */
    private void allocateIds(Connection connection, Long[] ids) throws SQLException {
        int i = 0;
        synchronized (this) {
            while (i < ids.length && pooledNext <= pooledLast) {
                ids[i++] = pooledNext++;
            }
        }
        if (i == ids.length) {
            return;
        }
        int blocks = (ids.length - i + ID_BLOCK - 1) / ID_BLOCK;
        long last = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "select nextval('outbox_event_id_seq') from generate_series(1, ?)")) {
            statement.setInt(1, blocks);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long first = rows.getLong(1);
                    last = first + ID_BLOCK - 1;
                    for (long id = first; id <= last && i < ids.length; id++) {
                        ids[i++] = id;
                    }
                }
            }
        }
        if (i < ids.length) {
            throw new IllegalStateException("the outbox id sequence returned too few values");
        }
        long unused = ids[ids.length - 1] + 1;
        synchronized (this) {
            // Whatever the pool still held is dropped, never handed out twice.
            pooledNext = unused;
            pooledLast = last;
        }
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
