package org.learnpath.recommender.service;

import java.time.Instant;
import org.learnpath.learner.AssignmentForecast;
import org.learnpath.learner.RemainingWork;

/**
 * One learner's row of an assignment's progress report.
 *
 * @param name         the name the HR system gave the learner in a team, or null
 * @param remaining    the goal's skills mastered now, and the expected answers left
 * @param answers      answers since the assignment to items measuring a skill of the goal
 * @param timeSpentMillis their response times, each capped (ReportsConfig#maxTimePerAnswer)
 * @param lastActivityAt the learner's last answer to any item; null if none
 * @param completedAt  when the learner completed the assignment; null while open
 * @param forecast     status, pace and projection
 */
public record LearnerProgress(String learnerId, String name, RemainingWork remaining, long answers,
        long timeSpentMillis, Instant lastActivityAt, Instant completedAt, AssignmentForecast forecast) {
}
