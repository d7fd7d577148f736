package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.learnpath.assessment.Fixtures.count;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.outbox.Outbox;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Management;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TopicReader;

/**
 * An event Kafka can never take (here larger than the producer's max.request.size, 1 MiB) is parked, and the events
 * written before and after it, of its own key too, still reach Kafka: one bad row never stops the relay.
 */
@QuarkusTest
@LearnPathTestResources
class OutboxParkingTest {

    static final String TOPIC = "learnpath.test.outbox-parking";
    static final String PARKED_TOTAL = "learnpath_outbox_parked_total";

    @Inject
    Outbox outbox;

    @Test
    void anEventKafkaRefusesForGoodIsParkedAndTheEventsAroundItArePublished() throws Exception {
        double parkedBefore = Metrics.value(PARKED_TOTAL).orElse(0);
        String key = "outbox-parking-" + UUID.randomUUID();
        String tooLarge = "{\"blob\":\"" + "x".repeat(1_100_000) + "\"}";
        UUID tooLargeId = UUID.randomUUID();
        // One transaction, so that the relay sends the large record in the same batch as the others.
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(List.of(
                message(key, "{\"n\":0}", UUID.randomUUID()),
                message(key, "{\"n\":1}", UUID.randomUUID()),
                message(key, tooLarge, tooLargeId),
                message(key, "{\"n\":3}", UUID.randomUUID()),
                message(key, "{\"n\":4}", UUID.randomUUID()))));
        // A relay stuck on the large row would keep it, and the rows around it, in the outbox, sending them again
        // and again.
        awaitOutboxEmptyOf(key);
        // The relay's later batches go on too.
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(List.of(message(key, "{\"n\":5}",
                UUID.randomUUID()))));
        awaitOutboxEmptyOf(key);

        List<ConsumerRecord<String, String>> published = TopicReader.readAll(TOPIC).stream()
                .filter(r -> key.equals(r.key())).toList();
        // Each once, in the order written.
        assertThat(published).extracting(ConsumerRecord::value)
                .containsExactly("{\"n\":0}", "{\"n\":1}", "{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
        // A type without a published schema names none.
        assertThat(published.get(0).headers().lastHeader("ce_dataschema")).isNull();

        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement("""
                select topic, record_key, ce_type, payload, error, parked_at from outbox_parked where event_id = ?""")) {
            s.setObject(1, tooLargeId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the large event is parked").isTrue();
                assertThat(rs.getString(1)).isEqualTo(TOPIC);
                assertThat(rs.getString(2)).isEqualTo(key);
                assertThat(rs.getString(3)).isEqualTo("test");
                assertThat(rs.getString(4)).isEqualTo(tooLarge);
                assertThat(rs.getString(5)).contains("RecordTooLargeException");
                assertThat(rs.getTimestamp(6)).isNotNull();
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(Metrics.value(PARKED_TOTAL)).hasValue(parkedBefore + 1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(Metrics.value("learnpath_outbox_parked_rows").orElse(0)).isGreaterThanOrEqualTo(1));

        // Past learnpath.outbox.stuck-after (3s in tests), readiness would be DOWN had the row stayed in the outbox.
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                Management.given().get("/q/health/ready").then().statusCode(200)
                        .body("checks.find { it.name == 'outbox' }.data.parked", greaterThanOrEqualTo(1)));
    }

    private static void awaitOutboxEmptyOf(String key) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(count("select count(*) from outbox_event where record_key = ?", key)).isZero());
    }

    private static Outbox.Message message(String key, String payload, UUID eventId) {
        return new Outbox.Message(TOPIC, key, "test", payload, eventId, Instant.now());
    }
}
