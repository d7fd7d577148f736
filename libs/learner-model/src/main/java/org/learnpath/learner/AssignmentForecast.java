package org.learnpath.learner;

import java.time.Instant;

/**
 * The forecast of one learner's assignment at one instant.
 *
 * @param status                   see {@link AssignmentForecaster}
 * @param expectedAnswersRemaining the model's expected answers until the goal is mastered (0 when done)
 * @param answersPerDay            the recent pace
 * @param projectedCompletion      when the remaining answers are done at the recent pace; {@code null} when done
 *                                 or without a pace (no answer in the pace window)
 */
public record AssignmentForecast(AssignmentStatus status, double expectedAnswersRemaining, double answersPerDay,
        Instant projectedCompletion) {
}
