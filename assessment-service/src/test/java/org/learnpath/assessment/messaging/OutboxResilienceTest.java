package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.outbox.OutboxBatchAcknowledged;
import org.learnpath.testinfra.KafkaResource;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Management;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/** No stored answer without its event, whatever happens to Kafka or to the relay. */
@QuarkusTest
@LearnPathTestResources
class OutboxResilienceTest {

    /** Makes the relay fail once right after Kafka acknowledged a batch and before the rows are deleted. */
    @ApplicationScoped
    static class CrashAfterAcknowledgement {
        static final AtomicBoolean ARMED = new AtomicBoolean();

        void on(@Observes OutboxBatchAcknowledged batch) {
            if (ARMED.getAndSet(false)) {
                throw new IllegalStateException("simulated crash after " + batch.eventIds().size() + " acknowledged events");
            }
        }
    }

    @Test
    void answersAcceptedDuringABrokerOutageAreAllPublishedOnceItIsBack() {
        Fixture f = fixture();
        KafkaResource.stopBroker();
        try {
            for (int i = 0; i < 12; i++) {
                f.answer(i);
            }
            assertThat(storedEventIds(f.learner)).hasSize(12);
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    Management.given().get("/q/health/ready").then().statusCode(503));
        } finally {
            KafkaResource.startBroker();
        }
        assertEveryStoredAnswerPublished(f.learner, 12, false);
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Management.given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void aRelayThatDiesAfterKafkaAcknowledgedRepublishesTheSameEventIds() {
        Fixture f = fixture();
        CrashAfterAcknowledgement.ARMED.set(true);
        for (int i = 0; i < 8; i++) {
            f.answer(i);
        }
        assertEveryStoredAnswerPublished(f.learner, 8, true);
        assertThat(CrashAfterAcknowledgement.ARMED).isFalse();
    }

    private static void assertEveryStoredAnswerPublished(String learner, int answers, boolean expectDuplicates) {
        Set<String> stored = storedEventIds(learner);
        assertThat(stored).hasSize(answers);
        List<String> published = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> publishedEventIds(learner), ids -> new HashSet<>(ids).containsAll(stored));
        // Every published id belongs to a stored answer: a resend never invents a new id for an old answer.
        assertThat(new HashSet<>(published)).isEqualTo(stored);
        if (expectDuplicates) {
            assertThat(published.size()).as("the interrupted batch was sent again").isGreaterThan(stored.size());
        }
    }

    private static List<String> publishedEventIds(String learner) {
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(AnswerTopic.NAME)) {
            if (learner.equals(r.key())) {
                ids.add(EventJson.read(r.value(), AnswerEvent.class).eventId().toString());
            }
        }
        return ids;
    }

    private static Set<String> storedEventIds(String learner) {
        Set<String> ids = new HashSet<>();
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select event_id from attempt where learner_id = ?")) {
            s.setString(1, learner);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private record Fixture(String learner, String token, String session, List<String> items) {
        void answer(int i) {
            org.learnpath.assessment.Fixtures.serve(token, session, items.get(i));
            as(token).header("Idempotency-Key", "answer-" + i)
                    .body(Map.of("itemId", items.get(i), "response", Map.of("choice", "a"), "responseTimeMillis", 1000 + i))
                    .post("/api/sessions/" + session + "/answers").then().statusCode(200);
        }
    }

    private static Fixture fixture() {
        String skill = unique("resilience");
        catalogSkills(skill);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(publishedItem(singleChoice(skill, i % 2 == 0 ? "a" : "b")));
        }
        String name = unique("resilient");
        String token = TestTokens.learner(name);
        String session = as(token).body(Map.of("kind", "SKILL", "target", skill, "items", 12)).post("/api/sessions")
                .then().statusCode(201).extract().path("id");
        return new Fixture(TestTokens.subjectOf(name), token, session, items);
    }
}
