package org.learnpath.recommender.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.recommender.service.AssignmentDetails;

/**
 * An assignment: its goal, team (null without one) and named learners, due date, who made it and when, and how many
 * learners it has now and how many of them completed it. A single assignment also lists its learners with their
 * completion time (null while open); listings leave that out.
 */
public record AssignmentView(UUID id, String goal, String goalName, UUID teamId, String teamName,
        List<String> learnerIds, LocalDate dueDate, String createdBy, Instant createdAt, int learnerCount,
        int completedCount, @JsonInclude(JsonInclude.Include.NON_NULL) List<LearnerView> learners) {

    public record LearnerView(String learnerId, Instant completedAt) {
    }

    static AssignmentView of(AssignmentDetails details) {
        Assignment a = details.assignment();
        List<LearnerView> learners = details.learners() == null ? null
                : details.learners().stream().map(l -> new LearnerView(l.learnerId(), l.completedAt())).toList();
        return new AssignmentView(a.id(), a.goalSlug(), details.goalName(), a.teamId(), a.teamName(), a.learnerIds(),
                a.dueDate(), a.createdBy(), a.createdAt(), a.learnerCount(), a.completedCount(), learners);
    }
}
