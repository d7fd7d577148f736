package org.learnpath.outbox;

import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously once Kafka has acknowledged a batch and before its rows are deleted. An observer that
 * throws makes the relay roll back and send the batch again, exactly as a crash at that point would.
 *
 * <p>A test hook: production code does not observe it. The assessment's OutboxResilienceTest throws from an
 * observer to crash the relay between Kafka's acknowledgement and the delete, a window no metric can open.
 */
public record OutboxBatchAcknowledged(List<UUID> eventIds) {
}
