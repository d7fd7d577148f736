package org.learnpath.portal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal assigned to a team and/or named learners, as the recommender answers it. {@code learners} (each with when
 * they completed it) comes with a single assignment only; listings leave it out.
 */
public record AssignmentDetails(UUID id, String goal, String goalName, UUID teamId, String teamName,
        List<String> learnerIds, LocalDate dueDate, String createdBy, Instant createdAt, int learnerCount,
        int completedCount, List<AssignedLearner> learners) {

    public AssignmentDetails {
        learnerIds = learnerIds == null ? List.of() : List.copyOf(learnerIds);
        learners = learners == null ? List.of() : List.copyOf(learners);
    }

    /** One learner of the assignment; {@code completedAt} is null while open. */
    public record AssignedLearner(String learnerId, Instant completedAt) {
    }
}
