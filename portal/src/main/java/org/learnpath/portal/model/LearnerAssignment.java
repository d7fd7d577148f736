package org.learnpath.portal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A goal assigned to the signed-in learner: when it is due, when they completed it (null while open) and the share of
 * the goal's modules they master now (null when the goal is no longer in the catalog).
 */
public record LearnerAssignment(UUID assignmentId, String goal, String goalName, LocalDate dueDate,
        Instant assignedAt, Instant completedAt, Integer masteredModules, Integer totalModules,
        Double masteredShare) {
}
