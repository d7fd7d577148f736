package org.learnpath.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.junit.jupiter.api.Test;

/** Which failures park a record, and what the relay sends again after a lone send so that each key ends right. */
class RefusedRecordsTest {

    @Test
    void onlyFailuresAboutTheRecordItselfAreFinal() {
        assertThat(OutboxPublisher.refusedForGood(new RecordTooLargeException("too large"))).isTrue();
        assertThat(OutboxPublisher.refusedForGood(new InvalidRecordException("invalid"))).isTrue();
        assertThat(OutboxPublisher.refusedForGood(new SerializationException("cannot serialise"))).isTrue();
        assertThat(OutboxPublisher.refusedForGood(new OutOfOrderSequenceException("behind a rejected batch"))).isTrue();

        assertThat(OutboxPublisher.refusedForGood(new TimeoutException("no broker"))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new NotLeaderOrFollowerException("leader moved"))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new TopicAuthorizationException(Set.of("t")))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new UnsupportedVersionException("old broker"))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new KafkaException("producer closed"))).isFalse();
        assertThat(OutboxPublisher.refusedForGood(new IllegalStateException("not Kafka's"))).isFalse();
    }

    @Test
    void afterALoneSendTheLaterRowsOfItsKeyButTheParkedOnesGoAgainInIdOrder() {
        PendingEvent a1 = row(1, "a");
        PendingEvent b2 = row(2, "b");
        PendingEvent a3 = row(3, "a");
        PendingEvent a4 = row(4, "a");
        PendingEvent b5 = row(5, "b");
        PendingEvent a6 = row(6, "a");
        PendingEvent a7 = row(7, "a");
        List<PendingEvent> batch = List.of(a1, b2, a3, a4, b5, a6, a7);

        // 3 and 6 went through alone, 4 was parked; key b had no lone send.
        assertThat(OutboxRelay.overtaken(batch, List.of(a3, a6), Set.of(4L))).containsExactly(a6, a7);
        // A lone send of the last row of its key leaves nothing to repeat.
        assertThat(OutboxRelay.overtaken(batch, List.of(b5), Set.of())).isEmpty();
        assertThat(OutboxRelay.overtaken(batch, List.of(), Set.of(4L))).isEmpty();
        // The same key on another topic is another key.
        PendingEvent otherTopic = new PendingEvent(8, UUID.randomUUID(), "other", "a", "test", "{}", null, Instant.now());
        assertThat(OutboxRelay.overtaken(List.of(a1, a3, otherTopic), List.of(a1), Set.of())).containsExactly(a3);
    }

    private static PendingEvent row(long id, String key) {
        return new PendingEvent(id, UUID.randomUUID(), "topic", key, "test", "{\"id\":" + id + "}", null, Instant.now());
    }
}
