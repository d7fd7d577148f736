package org.learnpath.learner;

import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds of the assignment forecast ({@link Pace}, {@link AssignmentForecaster}); see docs/forecast.md.
 *
 * @param paceWindow        how far back answers count towards the recent pace (whole days)
 * @param minimumPaceWindow the shortest window a pace is averaged over when the learner only started recently
 *                          (see {@link Pace#windowDays}): a learner assigned yesterday who answered 30 questions
 *                          is not taken to keep that up every day (whole days, at most {@code paceWindow})
 * @param burstFactor       a single day counts for at most this many times the second busiest day of the
 *                          window, so that one binge does not make a learner look on track for weeks
 * @param riskMargin        AT_RISK when {@code riskMargin * expected answers remaining} cannot be answered at the
 *                          recent pace before the due date; above 1 warns earlier (the remaining answers are a
 *                          mean, and about half of the learners need more)
 * @param noPaceRiskWithin  a learner with work left and no recent answers is AT_RISK once the due date is this
 *                          close (and ON_TRACK before: a new assignment is not at risk on its first day)
 * @param inactiveAfter     without a due date, a learner with work left is AT_RISK after this long without an
 *                          answer (counted from the assignment if the learner has not answered since)
 */
public record ForecastSettings(Duration paceWindow, Duration minimumPaceWindow, double burstFactor,
        double riskMargin, Duration noPaceRiskWithin, Duration inactiveAfter) {

    /**
     * Two weeks of pace (a weekly rhythm counts twice, a one-off week off does not zero it), three days at least;
     * a day counts for at most twice the next busiest; no margin on the expected answers; two weeks of warning
     * for a learner who stopped, and two weeks of silence without a due date.
     */
    public static final ForecastSettings DEFAULTS = new ForecastSettings(Duration.ofDays(14), Duration.ofDays(3), 2.0,
            1.0, Duration.ofDays(14), Duration.ofDays(14));

    public ForecastSettings {
        Objects.requireNonNull(paceWindow, "paceWindow");
        Objects.requireNonNull(minimumPaceWindow, "minimumPaceWindow");
        Objects.requireNonNull(noPaceRiskWithin, "noPaceRiskWithin");
        Objects.requireNonNull(inactiveAfter, "inactiveAfter");
        if (paceWindow.toDays() < 1 || minimumPaceWindow.toDays() < 1
                || minimumPaceWindow.toDays() > paceWindow.toDays()) {
            throw new IllegalArgumentException("need 1 day <= minimumPaceWindow <= paceWindow (whole days)");
        }
        if (!(burstFactor >= 1) || Double.isInfinite(burstFactor)) {
            throw new IllegalArgumentException("burstFactor must be a finite number >= 1");
        }
        if (!(riskMargin > 0) || Double.isInfinite(riskMargin)) {
            throw new IllegalArgumentException("riskMargin must be a finite number > 0");
        }
        if (noPaceRiskWithin.isNegative() || inactiveAfter.isNegative() || inactiveAfter.isZero()) {
            throw new IllegalArgumentException("noPaceRiskWithin must be >= 0 and inactiveAfter > 0");
        }
    }

    public ForecastSettings withRiskMargin(double value) {
        return new ForecastSettings(paceWindow, minimumPaceWindow, burstFactor, value, noPaceRiskWithin,
                inactiveAfter);
    }

    public ForecastSettings withBurstFactor(double value) {
        return new ForecastSettings(paceWindow, minimumPaceWindow, value, riskMargin, noPaceRiskWithin,
                inactiveAfter);
    }
}
