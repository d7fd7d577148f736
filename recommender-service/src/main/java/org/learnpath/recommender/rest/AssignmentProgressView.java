package org.learnpath.recommender.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learnpath.learner.AssignmentStatus;
import org.learnpath.recommender.service.AssignmentProgressPage;

/**
 * A page of an assignment's progress report; {@code summary} counts all its learners by status, {@code total} those
 * of the status asked for.
 */
public record AssignmentProgressView(UUID assignmentId, String goal, String goalName, LocalDate dueDate,
        Instant generatedAt, Summary summary, List<LearnerProgressView> items, int page, int size, long total) {

    public record Summary(int learners, int done, int onTrack, int atRisk, int overdue) {
    }

    static AssignmentProgressView of(AssignmentProgressPage report, int page, int size) {
        var counts = report.byStatus();
        int done = counts.get(AssignmentStatus.DONE);
        int onTrack = counts.get(AssignmentStatus.ON_TRACK);
        int atRisk = counts.get(AssignmentStatus.AT_RISK);
        int overdue = counts.get(AssignmentStatus.OVERDUE);
        var a = report.assignment();
        return new AssignmentProgressView(a.id(), a.goalSlug(), report.goalName(), a.dueDate(), report.generatedAt(),
                new Summary(done + onTrack + atRisk + overdue, done, onTrack, atRisk, overdue),
                report.rows().items().stream().map(LearnerProgressView::of).toList(), page, size,
                report.rows().total());
    }
}
