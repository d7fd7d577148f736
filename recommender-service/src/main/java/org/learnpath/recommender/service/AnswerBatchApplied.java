package org.learnpath.recommender.service;

/**
 * Fired inside a batch's transaction once its changes are written, before the commit: an observer that throws
 * rolls the whole batch back, exactly like a crash at that point would.
 *
 * <p>A test hook: production code does not observe it. CrashRecoveryTest throws from an observer to crash the
 * consumer at this exact point; an event nobody observes costs next to nothing. Counts are on the metrics
 * ({@code learnpath.answers.applied}, {@code learnpath.answers.batch}).
 */
public record AnswerBatchApplied(int records, int applied) {
}
