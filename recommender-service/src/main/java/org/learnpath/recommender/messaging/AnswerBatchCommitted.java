package org.learnpath.recommender.messaging;

/**
 * Fired after a batch's transaction committed and before its offsets are committed to Kafka: an observer that
 * throws leaves the offsets uncommitted, exactly like a crash at that point would.
 */
public record AnswerBatchCommitted(int records) {
}
