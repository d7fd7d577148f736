package org.learnpath.recommender.model;

import java.time.Instant;

/** A learner of an assignment and when they completed it (null while open). */
public record AssignmentLearner(String learnerId, Instant completedAt) {
}
