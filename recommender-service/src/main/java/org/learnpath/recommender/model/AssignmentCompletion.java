package org.learnpath.recommender.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's completion of an assignment: when the goal was mastered, and the id of the progress event that
 * announces it (stored with the record, so the two go together).
 */
public record AssignmentCompletion(AssignmentPair pair, Instant completedAt, UUID eventId) {
}
