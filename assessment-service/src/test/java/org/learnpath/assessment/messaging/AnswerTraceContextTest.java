package org.learnpath.assessment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.numeric;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/**
 * The trace of the request that stored an answer travels with its event: the outbox keeps the request span's
 * context and the relay sends it as the record's traceparent header, for the recommender to continue.
 */
@QuarkusTest
@LearnPathTestResources
class AnswerTraceContextTest {

    @Test
    void theAnswerEventCarriesTheTraceOfTheRequestThatStoredIt() {
        String skill = unique("traced");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.5, 0.01));
        String learner = TestTokens.subjectOf(unique("traced"));
        String traceId = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> answer = Map.of("learnerId", learner, "itemId", item, "response", Map.of("value", 0.5),
                "responseTimeMillis", 1000, "answeredAt", Instant.now().minusSeconds(5).toString());
        as(TestTokens.integration()).header("traceparent", "00-" + traceId + "-" + traceId.substring(0, 16) + "-01")
                .body(Map.of("answers", List.of(answer))).post("/api/integrations/answers").then().statusCode(200);

        ConsumerRecord<String, String> event = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.readAll(AnswerTopic.NAME).stream().filter(r -> learner.equals(r.key()))
                        .findFirst().orElse(null), r -> r != null);
        Header traceparent = event.headers().lastHeader("traceparent");
        assertThat(traceparent).isNotNull();
        String value = new String(traceparent.value(), StandardCharsets.UTF_8);
        // Same trace; the parent is this service's own span for the request, not the caller's.
        assertThat(value).startsWith("00-" + traceId + "-").doesNotContain(traceId.substring(0, 16) + "-01")
                .endsWith("-01");
    }
}
