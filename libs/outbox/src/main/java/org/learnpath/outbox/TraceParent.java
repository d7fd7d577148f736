package org.learnpath.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The W3C {@code traceparent} of the current span, so that an event's consumer can continue its trace. */
public final class TraceParent {

    /** The Kafka record header (and HTTP header) name. */
    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The current span's traceparent, or null when nothing is traced (no SDK, sampling off, no span). */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        if (!context.isValid()) {
            return null;
        }
        return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
    }
}
