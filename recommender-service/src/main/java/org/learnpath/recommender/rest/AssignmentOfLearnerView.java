package org.learnpath.recommender.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.learnpath.recommender.service.AssignmentProgress;

/**
 * One of a learner's assignments: the goal, when it is due, when it was assigned, when the learner completed it
 * (null while open; kept when mastery later decays), and the share of the goal's modules (with those they require)
 * mastered now. Name and progress are null when the goal is no longer in the catalog.
 */
public record AssignmentOfLearnerView(UUID assignmentId, String goal, String goalName, LocalDate dueDate,
        Instant assignedAt, Instant completedAt, Integer masteredModules, Integer totalModules,
        Double masteredShare) {

    static AssignmentOfLearnerView of(AssignmentProgress progress) {
        var a = progress.assignment();
        Double share = progress.totalModules() == null ? null : progress.totalModules() == 0 ? 1.0
                : Views.round((double) progress.masteredModules() / progress.totalModules());
        return new AssignmentOfLearnerView(a.id(), a.goalSlug(), progress.goalName(), a.dueDate(), a.assignedAt(),
                a.completedAt(), progress.masteredModules(), progress.totalModules(), share);
    }
}
