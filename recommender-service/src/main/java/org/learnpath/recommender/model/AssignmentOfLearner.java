package org.learnpath.recommender.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assignment as one of its learners sees it: the goal, when it is due, and their own completion (null: open). */
public record AssignmentOfLearner(UUID id, String goalSlug, LocalDate dueDate, Instant assignedAt,
        Instant completedAt) {
}
