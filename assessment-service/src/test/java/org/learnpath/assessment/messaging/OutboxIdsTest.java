package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.outbox.Outbox;
import org.learnpath.outbox.OutboxRecord;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.OidcIssuerResource;
import org.learnpath.testinfra.PostgresResource;

/**
 * Outbox rows written as entities (one at a time) and with multi-row inserts (answers) take their ids from the
 * same sequence, each in blocks of its own: they must never collide, whatever the batch sizes.
 */
@QuarkusTest
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcIssuerResource.class, scope = TestResourceScope.GLOBAL)
class OutboxIdsTest {

    @Inject
    Outbox outbox;

    @Test
    void entityAndMultiRowWritesNeverShareAnId() {
        String key = "outbox-ids-" + UUID.randomUUID();
        int written = 0;
        // Rolled back at the end: nothing reaches the relay, but every row was inserted (a shared id fails its insert).
        for (int round = 0; round < 3; round++) {
            int[] sizes = {1, 7, 49, 50, 51, 120, 3};
            QuarkusTransaction.begin();
            try {
                int rows = 0;
                for (int size : sizes) {
                    for (int i = 0; i < 3; i++) {
                        outbox.publish("learnpath.test.outbox-ids", key, "test", "{}", UUID.randomUUID(),
                                Instant.now());
                        rows++;
                    }
                    List<Outbox.Message> messages = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        messages.add(new Outbox.Message("learnpath.test.outbox-ids", key, "test", "{\"n\":" + i + "}",
                                UUID.randomUUID(), Instant.now()));
                    }
                    outbox.publishAll(messages);
                    rows += size;
                }
                List<OutboxRecord> stored = OutboxRecord.list("recordKey", key);
                Set<Long> ids = new HashSet<>();
                stored.forEach(record -> ids.add(record.id));
                assertThat(stored).hasSize(rows);
                assertThat(ids).hasSize(rows);
                assertThat(ids).allMatch(id -> id > 0);
                written += rows;
            } finally {
                QuarkusTransaction.rollback();
            }
        }
        assertThat(written).isEqualTo(3 * (3 * 7 + 1 + 7 + 49 + 50 + 51 + 120 + 3));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxRecord.count("recordKey", key))).isZero();
    }
}
