package org.learnpath.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static final MessagingConfig.DeadLetter LIMITS = new MessagingConfig.DeadLetter() {
        @Override
        public int maxValueBytes() {
            return 1000;
        }

        @Override
        public int maxKeyBytes() {
            return 100;
        }

        @Override
        public int maxHeaderBytes() {
            return 500;
        }

        @Override
        public int maxReasonBytes() {
            return 200;
        }
    };

    private static long size(ProducerRecord<byte[], byte[]> record) {
        long size = (record.key() == null ? 0 : record.key().length) + (record.value() == null ? 0 : record.value().length);
        for (Header header : record.headers()) {
            size += header.key().getBytes(StandardCharsets.UTF_8).length + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aSmallRecordIsCopiedWholeWithWhyAndWhereFrom() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", "org.learnpath.catalog.module.upserted".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<byte[], byte[]> letter = DeadLetters.letter("dlq",
                new DeadLetters.Refused("learnpath.catalog.v1", 2, 41, "module:x", "{\"a\":1}", headers),
                new RecordRejected("breaks the schema", new SQLException("root", "22021")), LIMITS);
        assertThat(letter.topic()).isEqualTo("dlq");
        assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("module:x");
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(header(letter, DeadLetters.REASON)).isEqualTo("breaks the schema");
        assertThat(header(letter, DeadLetters.EXCEPTION_CLASS)).isEqualTo(RecordRejected.class.getName());
        assertThat(header(letter, DeadLetters.CAUSE)).isEqualTo("root");
        assertThat(header(letter, DeadLetters.TOPIC)).isEqualTo("learnpath.catalog.v1");
        assertThat(header(letter, DeadLetters.PARTITION)).isEqualTo("2");
        assertThat(header(letter, DeadLetters.OFFSET)).isEqualTo("41");
        assertThat(header(letter, DeadLetters.VALUE_BYTES)).isEqualTo("7");
        assertThat(header(letter, "ce_type")).isEqualTo("org.learnpath.catalog.module.upserted");
        assertThat(header(letter, DeadLetters.TRUNCATED)).isNull();
    }

    @Test
    void aHostileRecordMakesABoundedDeadLetter() {
        RecordHeaders headers = new RecordHeaders();
        for (int i = 0; i < 50; i++) {
            headers.add("h" + "x".repeat(i * 10), new byte[i * 100]);
        }
        headers.add("k".repeat(100_000), null);
        String value = "é".repeat(300_000);
        ProducerRecord<byte[], byte[]> letter = DeadLetters.letter("dlq",
                new DeadLetters.Refused("t", 0, 1, "\u0000".repeat(50_000), value, headers),
                new RecordRejected("why ".repeat(10_000)), LIMITS);
        long bound = LIMITS.maxKeyBytes() + LIMITS.maxValueBytes() + LIMITS.maxHeaderBytes() + 10L * (LIMITS.maxReasonBytes() + 64);
        assertThat(size(letter)).isLessThanOrEqualTo(bound);
        assertThat(letter.key()).hasSizeLessThanOrEqualTo(100);
        assertThat(letter.value()).hasSizeLessThanOrEqualTo(1000);
        // Cut at a character boundary: still valid UTF-8, a prefix of the value.
        assertThat(value).startsWith(new String(letter.value(), StandardCharsets.UTF_8));
        assertThat(header(letter, DeadLetters.VALUE_BYTES)).isEqualTo("600000");
        assertThat(header(letter, DeadLetters.TRUNCATED)).isEqualTo("key,value,headers");
        assertThat(header(letter, DeadLetters.REASON).getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aNullValueStaysNull() {
        ProducerRecord<byte[], byte[]> letter = DeadLetters.letter("dlq",
                new DeadLetters.Refused("t", 0, 1, null, null, new RecordHeaders()), new RecordRejected("no value"), LIMITS);
        assertThat(letter.key()).isNull();
        assertThat(letter.value()).isNull();
        assertThat(header(letter, DeadLetters.VALUE_BYTES)).isNull();
    }
}
