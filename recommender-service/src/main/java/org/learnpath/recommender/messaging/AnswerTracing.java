package org.learnpath.recommender.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.learnpath.outbox.TraceParent;
import org.learnpath.recommender.config.RecommenderConfig;

/**
 * Continues the traces of the answers a batch applies. The producer's trace context travels in each record's
 * {@code traceparent} header (written by the assessment service's outbox). A batch gets one consumer span linked
 * to every producer context, and each traced answer gets a child span in its own trace, so that an answer's trace
 * goes from the learner's HTTP request to the recommender's update.
 */
@ApplicationScoped
public class AnswerTracing {

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TraceParent.HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return TraceParent.HEADER.equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;
    private final String topic;

    public AnswerTracing(Tracer tracer, RecommenderConfig config) {
        this.tracer = tracer;
        this.topic = config.answers().topic();
    }

    /** The valid producer contexts of the records (records without a traceparent header are left out). */
    public List<SpanContext> producerContexts(Iterable<ConsumerRecord<String, String>> records) {
        List<SpanContext> contexts = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            // Headers are whatever the producer sent: a missing value or bytes that are no traceparent only leave
            // the record out of the trace.
            Header header = record.headers().lastHeader(TraceParent.HEADER);
            if (header == null || header.value() == null || header.value().length > 256) {
                continue;
            }
            try {
                String traceparent = new String(header.value(), StandardCharsets.UTF_8);
                SpanContext context = Span.fromContext(W3CTraceContextPropagator.getInstance()
                        .extract(Context.root(), traceparent, TRACEPARENT)).getSpanContext();
                if (context.isValid()) {
                    contexts.add(context);
                }
            } catch (RuntimeException ignored) {
                // not a trace context
            }
        }
        return contexts;
    }

    /** Runs {@code work} (a batch's application) inside a consumer span and records a span in each answer's trace. */
    public <T> T traced(int records, List<SpanContext> producers, Callable<T> work) throws Exception {
        Instant start = Instant.now();
        SpanBuilder builder = tracer.spanBuilder(topic + " process").setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.batch.message_count", records);
        producers.forEach(builder::addLink);
        Span batch = builder.startSpan();
        try (Scope ignored = batch.makeCurrent()) {
            T result = work.call();
            for (SpanContext producer : producers) {
                if (producer.isSampled()) {
                    tracer.spanBuilder("answer applied").setSpanKind(SpanKind.CONSUMER)
                            .setParent(Context.root().with(Span.wrap(producer)))
                            .addLink(batch.getSpanContext())
                            .setAttribute("messaging.destination.name", topic)
                            .setStartTimestamp(start).startSpan().end();
                }
            }
            return result;
        } catch (Exception e) {
            batch.recordException(e);
            batch.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            batch.end();
        }
    }
}
