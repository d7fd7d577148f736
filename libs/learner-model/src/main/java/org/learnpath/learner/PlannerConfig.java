package org.learnpath.learner;

/**
 * Thresholds of the path planner.
 *
 * @param masteryThreshold P(known) at or above which a skill counts as mastered (0.95 is the usual BKT
 *                         mastery criterion); a learnt skill whose decayed mastery falls below it is due for review
 * @param targetCorrect    P(correct) the next item should be nearest to: hard enough to teach, easy enough not
 *                         to discourage
 */
public record PlannerConfig(double masteryThreshold, double targetCorrect) {

    public static final PlannerConfig DEFAULT = new PlannerConfig(0.95, 0.7);

    public PlannerConfig {
        if (!(masteryThreshold > 0 && masteryThreshold < 1) || !(targetCorrect > 0 && targetCorrect < 1)) {
            throw new IllegalArgumentException("thresholds must be within (0, 1)");
        }
    }
}
