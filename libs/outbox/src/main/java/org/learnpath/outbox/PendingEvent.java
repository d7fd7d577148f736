package org.learnpath.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row as the relay reads it: everything its Kafka record needs, and the row's id to delete it by. */
record PendingEvent(long id, UUID eventId, String topic, String recordKey, String ceType, String payload,
        String traceparent, Instant occurredAt) {
}
