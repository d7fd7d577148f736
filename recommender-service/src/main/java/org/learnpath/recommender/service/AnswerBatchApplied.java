package org.learnpath.recommender.service;

/**
 * Fired inside a batch's transaction once its changes are written, before the commit: an observer that throws
 * rolls the whole batch back, exactly like a crash at that point would.
 */
public record AnswerBatchApplied(int records, int applied) {
}
