package org.learnpath.portal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The team progress report of one assignment, one page of its learners (matching the status filter, if any).
 * {@code summary} counts all of the assignment's learners, not the page; {@code total} those matching the filter.
 */
public record TeamProgress(UUID assignmentId, String goal, String goalName, LocalDate dueDate, Instant generatedAt,
        Summary summary, List<LearnerProgress> items, int page, int size, long total) {

    public TeamProgress {
        summary = summary == null ? new Summary(0, 0, 0, 0, 0) : summary;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public record Summary(int learners, int done, int onTrack, int atRisk, int overdue) {
    }

    /**
     * One learner's progress on the goal. {@code status} is kept as sent (a status this portal does not know yet
     * is shown as it is); the numbers that need activity to exist are null without it.
     */
    public record LearnerProgress(String learnerId, String name, String status, Double masteredShare,
            int masteredSkills, int skills, long answers, long timeSpentSeconds, Instant lastActivityAt,
            Instant completedAt, Double expectedAnswersRemaining, Double answersPerDay, Instant projectedCompletion) {
    }
}
