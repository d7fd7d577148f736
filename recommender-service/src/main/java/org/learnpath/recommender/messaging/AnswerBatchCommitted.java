package org.learnpath.recommender.messaging;

/**
 * Fired after a batch's transaction committed and before its offsets are committed to Kafka: an observer that
 * throws leaves the offsets uncommitted, exactly like a crash at that point would.
 *
 * <p>A test hook: production code does not observe it. CrashRecoveryTest throws from an observer to crash the
 * consumer between the database commit and the offset commit, the one window a metric cannot reach.
 */
public record AnswerBatchCommitted(int records) {
}
