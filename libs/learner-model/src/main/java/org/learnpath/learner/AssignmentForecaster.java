package org.learnpath.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The status of an assigned goal from the model's remaining answers ({@link MasteryForecast}), the learner's recent
 * {@link Pace} and the due date. First match wins:
 * <ol>
 *   <li>DONE: the caller has recorded the goal as completed (the record survives a later drop in mastery);</li>
 *   <li>OVERDUE: the due date has passed;</li>
 *   <li>with a due date and a pace: AT_RISK if {@code riskMargin * remaining / pace} days from now is after the
 *       due date, else ON_TRACK;</li>
 *   <li>with a due date, work left and no pace (no answer in the pace window): AT_RISK if the due date is within
 *       {@code noPaceRiskWithin}, else ON_TRACK (nothing to project from yet, and time enough to start);</li>
 *   <li>without a due date: AT_RISK if work is left and the learner has answered nothing for
 *       {@code inactiveAfter} (counted from the later of the last answer and the assignment), else ON_TRACK.</li>
 * </ol>
 * "Work left" is a remaining expectation above 0: a goal the model finds mastered but the caller has not recorded
 * yet is ON_TRACK. Pure and thread-safe.
 */
public final class AssignmentForecaster {

    /** Projections are cut at a century: beyond that a date means nothing, and the arithmetic stays in range. */
    private static final double MAX_DAYS = 36_500;
    private static final double SECONDS_PER_DAY = 86_400;

    private final ForecastSettings settings;

    public AssignmentForecaster(ForecastSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ForecastSettings settings() {
        return settings;
    }

    /**
     * @param done                     the caller's completion record exists
     * @param expectedAnswersRemaining {@link RemainingWork#expectedAnswers()}
     * @param assignedAt               when the goal was assigned; {@code null} if unknown
     * @param dueAt                    {@code null} for an assignment without a due date
     */
    public AssignmentForecast assess(boolean done, double expectedAnswersRemaining, Pace pace, Instant now,
            Instant assignedAt, Instant dueAt) {
        Objects.requireNonNull(pace, "pace");
        Objects.requireNonNull(now, "now");
        if (!(expectedAnswersRemaining >= 0)) {
            throw new IllegalArgumentException("expectedAnswersRemaining must be >= 0");
        }
        double rate = pace.answersPerDay();
        if (done) {
            return new AssignmentForecast(AssignmentStatus.DONE, 0, rate, null);
        }
        boolean workLeft = expectedAnswersRemaining > 0;
        Instant projected = !workLeft ? now : rate > 0 ? now.plus(days(expectedAnswersRemaining / rate)) : null;
        AssignmentStatus status;
        if (dueAt != null) {
            if (now.isAfter(dueAt)) {
                status = AssignmentStatus.OVERDUE;
            } else if (!workLeft) {
                status = AssignmentStatus.ON_TRACK;
            } else if (rate > 0) {
                Instant withMargin = now.plus(days(settings.riskMargin() * expectedAnswersRemaining / rate));
                status = withMargin.isAfter(dueAt) ? AssignmentStatus.AT_RISK : AssignmentStatus.ON_TRACK;
            } else {
                boolean dueSoon = Duration.between(now, dueAt).compareTo(settings.noPaceRiskWithin()) <= 0;
                status = dueSoon ? AssignmentStatus.AT_RISK : AssignmentStatus.ON_TRACK;
            }
        } else {
            Instant quietSince = latest(pace.lastAnswerAt(), assignedAt);
            boolean inactive = quietSince != null
                    && Duration.between(quietSince, now).compareTo(settings.inactiveAfter()) >= 0;
            status = workLeft && inactive ? AssignmentStatus.AT_RISK : AssignmentStatus.ON_TRACK;
        }
        return new AssignmentForecast(status, expectedAnswersRemaining, rate, projected);
    }

    private static Duration days(double days) {
        return Duration.ofSeconds((long) Math.ceil(Math.min(days, MAX_DAYS) * SECONDS_PER_DAY));
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
