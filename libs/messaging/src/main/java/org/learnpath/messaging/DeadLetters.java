package org.learnpath.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The dead letter of a refused record, bounded whatever the record was: a prefix of its key and value, as many of its
 * own headers as fit a budget, and why it was refused and where it came from. The source topic, partition and offset
 * find the whole record while the source topic keeps it.
 */
final class DeadLetters {

    static final String REASON = "dead-letter-reason";
    static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    static final String CAUSE = "dead-letter-cause";
    static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    /** Size in bytes of the refused record's value, when it had one. */
    static final String VALUE_BYTES = "dead-letter-value-bytes";
    /** Which parts were cut to fit: any of key, value, headers (comma-separated). */
    static final String TRUNCATED = "dead-letter-truncated";

    private DeadLetters() {
    }

    /** The refused record as the failure handler sees it. */
    record Refused(String topic, int partition, long offset, Object key, Object value, Headers headers) {
    }

    static ProducerRecord<byte[], byte[]> letter(String deadLetterTopic, Refused refused, Throwable reason,
            MessagingConfig.DeadLetter limits) {
        List<String> truncated = new ArrayList<>();
        byte[] key = bounded(refused.key(), limits.maxKeyBytes(), "key", truncated);
        byte[] fullValue = bytes(refused.value());
        byte[] value = fullValue == null ? null : cut(fullValue, limits.maxValueBytes(), "value", truncated);

        RecordHeaders headers = new RecordHeaders();
        add(headers, EXCEPTION_CLASS, reason.getClass().getName(), limits);
        add(headers, REASON, message(reason), limits);
        Throwable root = rootCause(reason);
        if (root != reason) {
            add(headers, CAUSE_CLASS, root.getClass().getName(), limits);
            add(headers, CAUSE, message(root), limits);
        }
        add(headers, TOPIC, String.valueOf(refused.topic()), limits);
        add(headers, PARTITION, Integer.toString(refused.partition()), limits);
        add(headers, OFFSET, Long.toString(refused.offset()), limits);
        if (fullValue != null) {
            add(headers, VALUE_BYTES, Integer.toString(fullValue.length), limits);
        }
        if (refused.headers() != null) {
            long budget = limits.maxHeaderBytes();
            for (Header header : refused.headers()) {
                byte[] name = header.key().getBytes(StandardCharsets.UTF_8);
                long size = name.length + (header.value() == null ? 0 : header.value().length);
                if (size > budget) {
                    if (!truncated.contains("headers")) {
                        truncated.add("headers");
                    }
                    continue;
                }
                budget -= size;
                headers.add(header.key(), header.value());
            }
        }
        if (!truncated.isEmpty()) {
            headers.add(TRUNCATED, String.join(",", truncated).getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(deadLetterTopic, null, key, value, headers);
    }

    private static byte[] bounded(Object part, int max, String name, List<String> truncated) {
        byte[] bytes = bytes(part);
        return bytes == null ? null : cut(bytes, max, name, truncated);
    }

    private static byte[] cut(byte[] bytes, int max, String name, List<String> truncated) {
        if (bytes.length <= max) {
            return bytes;
        }
        truncated.add(name);
        return Utf8.bounded(bytes, max);
    }

    private static byte[] bytes(Object part) {
        if (part == null) {
            return null;
        }
        if (part instanceof byte[] raw) {
            return raw;
        }
        return String.valueOf(part).getBytes(StandardCharsets.UTF_8);
    }

    private static void add(RecordHeaders headers, String name, String text, MessagingConfig.DeadLetter limits) {
        headers.add(name, Utf8.bounded(text, limits.maxReasonBytes()));
    }

    private static String message(Throwable t) {
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 64; depth++) {
            root = root.getCause();
        }
        return root;
    }
}
