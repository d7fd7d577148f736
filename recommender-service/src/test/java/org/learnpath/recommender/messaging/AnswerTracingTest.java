package org.learnpath.recommender.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.recommender.Fixtures.answer;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.LearnPathTestResources;

/** An answer's trace, carried in its record's traceparent header, reaches the recommender's update. */
@QuarkusTest
@LearnPathTestResources
class AnswerTracingTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theAnswersTraceContinuesInTheRecommender() {
        Fixtures.answerTopic();
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpan = traceId.substring(0, 16);
        AnswerEvent event = answer("traced-" + UUID.randomUUID(), UUID.randomUUID(), "tracing-skill", true,
                Instant.now());
        ProducerRecord<String, String> record = Fixtures.record(event);
        record.headers().add("traceparent",
                ("00-" + traceId + "-" + parentSpan + "-01").getBytes(StandardCharsets.UTF_8));
        Fixtures.send(List.of(record));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getTraceId().equals(traceId)));
        SpanData applied = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId))
                .findFirst().orElseThrow();
        assertThat(applied.getName()).isEqualTo("answer applied");
        assertThat(applied.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(applied.getParentSpanId()).isEqualTo(parentSpan);
        // The batch span that did the work is linked to the answer's producer context.
        SpanData batch = spans.getFinishedSpanItems().stream()
                .filter(s -> s.getSpanId().equals(applied.getLinks().get(0).getSpanContext().getSpanId()))
                .findFirst().orElseThrow();
        assertThat(batch.getName()).isEqualTo("learnpath.answers.v1 process");
        assertThat(batch.getLinks()).anyMatch(l -> l.getSpanContext().getTraceId().equals(traceId));
    }
}
