package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.outbox.Outbox;
import org.learnpath.outbox.OutboxRelay;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TopicReader;

/**
 * Outbox ids are the order in which rows were written: the relay publishes in id order, and Kafka keeps that order per
 * key, so ids reserved ahead by each instance would let one instance's later event overtake another's earlier one.
 */
@QuarkusTest
@LearnPathTestResources
class OutboxIdsTest {

    static final String TOPIC = "learnpath.test.outbox-ids";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eventsOfOneKeyWrittenThroughTwoInstancesReachKafkaInTheOrderWritten() {
        // The second instance's outbox: same database, ids of its own if it reserved any.
        Outbox other = new Outbox(relay, transactions, dataSource);
        String key = "outbox-order-" + UUID.randomUUID();
        List<String> written = new ArrayList<>();
        // One transaction, so that the relay finds every row at once and orders them by id alone.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 12; i++) {
                Outbox writer = i % 2 == 0 ? outbox : other;
                String first = "{\"n\":" + written.size() + "}";
                written.add(first);
                if (i % 3 == 0) {
                    writer.publish(TOPIC, key, "test", first, UUID.randomUUID(), Instant.now());
                } else {
                    String second = "{\"n\":" + written.size() + "}";
                    written.add(second);
                    writer.publishAll(List.of(message(key, first), message(key, second)));
                }
            }
        });

        List<String> published = Awaitility.await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TopicReader.readAll(TOPIC).stream().filter(r -> key.equals(r.key()))
                        .map(ConsumerRecord::value).toList(), values -> values.size() >= written.size());
        assertThat(published).containsExactlyElementsOf(written);
    }

    @Test
    void idsTakenByInsertsNeverCollideWithBlocksAPreviousVersionReserves() throws SQLException {
        // During a rolling update, an instance of the previous version still takes blocks of 50 ids from the
        // sequence and inserts them itself; the new inserts take theirs from the same sequence meanwhile.
        String key = "outbox-ids-" + UUID.randomUUID();
        int[] sizes = {1, 7, 49, 50, 51, 120, 3};
        int expected = 0;
        QuarkusTransaction.begin();
        try {
            for (int size : sizes) {
                long block = reserveBlock();
                List<Outbox.Message> messages = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    messages.add(message(key, "{\"n\":" + i + "}"));
                }
                outbox.publishAll(messages);
                outbox.publish(TOPIC, key, "test", "{}", UUID.randomUUID(), Instant.now());
                // A shared id fails this insert (primary key).
                insertWithIds(key, block, 50);
                expected += size + 1 + 50;
            }
            assertThat(rowsOf(key)).isEqualTo(expected);
        } finally {
            // Nothing reaches the relay.
            QuarkusTransaction.rollback();
        }
        assertThat(expected).isEqualTo(7 * 51 + 1 + 7 + 49 + 50 + 51 + 120 + 3);
    }

    /** Rows of {@code key} in the outbox, as the calling transaction sees them. */
    private long rowsOf(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(
                "select count(*) from outbox_event where record_key = ?")) {
            count.setString(1, key);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long reserveBlock() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select nextval('outbox_event_id_seq')")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void insertWithIds(String key, long first, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into outbox_event (id, event_id, topic, record_key, ce_type, payload, occurred_at)
                select id, gen_random_uuid(), ?, ?, 'test', '{}', now() from generate_series(?::bigint, ?::bigint) id""")) {
            insert.setString(1, TOPIC);
            insert.setString(2, key);
            insert.setLong(3, first);
            insert.setLong(4, first + count - 1);
            insert.executeUpdate();
        }
    }

    private static Outbox.Message message(String key, String payload) {
        return new Outbox.Message(TOPIC, key, "test", payload, UUID.randomUUID(), Instant.now());
    }
}
