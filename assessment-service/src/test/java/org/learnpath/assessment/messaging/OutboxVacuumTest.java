package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.learnpath.assessment.Fixtures;
import org.learnpath.outbox.Outbox;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * The outbox is a queue table: the relay vacuums it itself once it has deleted {@code learnpath.outbox.vacuum-after}
 * published rows, rather than leaving the dead rows to autovacuum's once-a-minute visits.
 */
@QuarkusTest
@LearnPathTestResources
class OutboxVacuumTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "learnpath.outbox.vacuum-after")
    int vacuumAfter;

    @Test
    void theRelayVacuumsTheOutboxAfterDeletingEnoughPublishedRows() throws SQLException {
        long before = manualVacuums();
        String key = "outbox-vacuum-" + UUID.randomUUID();
        List<Outbox.Message> messages = new ArrayList<>();
        for (int i = 0; i < vacuumAfter + 1; i++) {
            messages.add(new Outbox.Message("learnpath.test.outbox-vacuum", key, "test", "{\"n\":" + i + "}",
                    UUID.randomUUID(), Instant.now()));
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(messages));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Fixtures.count("select count(*) from outbox_event where record_key = ?", key)).isZero();
            // Counts VACUUM commands only: autovacuum has a counter of its own.
            assertThat(manualVacuums()).isGreaterThan(before);
        });
    }

    private long manualVacuums() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select vacuum_count from pg_stat_user_tables where relname = 'outbox_event'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
