package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import org.learnpath.learner.AssignmentStatus;
import org.learnpath.recommender.service.LearnerProgress;

/**
 * One learner's progress on an assignment. {@code masteredShare} is of the goal's skills (those of its modules and of
 * everything they require) mastered now; {@code answers} and {@code timeSpentSeconds} count answers since the
 * assignment to items measuring a skill of the goal; {@code lastActivityAt} is the learner's last answer to any item;
 * {@code expectedAnswersRemaining} is the model's expectation to mastery, {@code answersPerDay} the recent pace, and
 * {@code projectedCompletion} when that pace gets there (null when done or without a recent answer).
 */
public record LearnerProgressView(String learnerId, String name, AssignmentStatus status, double masteredShare,
        int masteredSkills, int skills, long answers, long timeSpentSeconds, Instant lastActivityAt,
        Instant completedAt, double expectedAnswersRemaining, double answersPerDay, Instant projectedCompletion) {

    static final List<Csv.Column<LearnerProgressView>> COLUMNS = List.of(
            new Csv.Column<>("learner_id", LearnerProgressView::learnerId),
            new Csv.Column<>("name", LearnerProgressView::name),
            new Csv.Column<>("status", LearnerProgressView::status),
            new Csv.Column<>("mastered_share", LearnerProgressView::masteredShare),
            new Csv.Column<>("mastered_skills", LearnerProgressView::masteredSkills),
            new Csv.Column<>("skills", LearnerProgressView::skills),
            new Csv.Column<>("answers", LearnerProgressView::answers),
            new Csv.Column<>("time_spent_seconds", LearnerProgressView::timeSpentSeconds),
            new Csv.Column<>("last_activity_at", LearnerProgressView::lastActivityAt),
            new Csv.Column<>("completed_at", LearnerProgressView::completedAt),
            new Csv.Column<>("expected_answers_remaining", LearnerProgressView::expectedAnswersRemaining),
            new Csv.Column<>("answers_per_day", LearnerProgressView::answersPerDay),
            new Csv.Column<>("projected_completion", LearnerProgressView::projectedCompletion));

    static LearnerProgressView of(LearnerProgress row) {
        var remaining = row.remaining();
        var forecast = row.forecast();
        return new LearnerProgressView(row.learnerId(), row.name(), forecast.status(),
                Views.round(remaining.masteredShare()), remaining.masteredSkills(), remaining.skills(), row.answers(),
                Math.round(row.timeSpentMillis() / 1000.0), row.lastActivityAt(), row.completedAt(),
                Math.round(forecast.expectedAnswersRemaining() * 10) / 10.0,
                Math.round(forecast.answersPerDay() * 100) / 100.0, forecast.projectedCompletion());
    }
}
