package org.learnpath.learner;

import java.time.Duration;

/**
 * Thresholds of the path planner.
 *
 * @param masteryThreshold   P(known) at or above which a skill counts as mastered (0.95 is the usual BKT
 *                           mastery criterion); a learnt skill whose decayed mastery falls below it is due for review
 * @param targetCorrect      P(correct) the next practice item should be nearest to: hard enough to teach, easy
 *                           enough not to discourage
 * @param masteryCheckFrom   mastery of the step's skill from which the next item is a mastery check (the item that
 *                           best tells a learner who knows the skill from one who guesses) instead of a practice
 *                           item near the target; 0.5 = from where the model finds "knows it" the likelier case.
 *                           Set it to 1 to always practise near the target
 * @param multiSkillTolerance how far from the target the success rate per skill (the geometric mean
 *                           {@code P(correct)^(1/k)} over the item's k skills) of an item practising several skills
 *                           still being learnt may be and still be preferred to the single-skill item nearest the
 *                           target; 0 turns the preference off
 * @param certificationTarget P(every skill of the goal known) at or above which a goal whose modules are all
 *                           mastered is complete ({@code 1 - alpha}, alpha the goal's error budget; see
 *                           {@link GoalCertification})
 * @param targetRecall        with a memory model ({@link ModelConfig#memory()}): the predicted recall at which a learnt
 *                           skill is due for review (0.9)
 * @param minimumReviewGap    with a memory model: no review sooner than this after the skill's last answer while its
 *                           recall was above the target then (a lapse stays due at once). A day by default: learners
 *                           come back day by day, and a skill mastered or certified this morning is not asked again
 *                           this evening (the memory evaluation measured recall 0.86 at such reviews against 0.91
 *                           without the gap, for 40% fewer reviews)
 * @param diagnosisThreshold  posterior probability of a prerequisite gap blocking the module about to be studied
 *                           (see {@link PathPlanner}, diagnosis during study) at or above which the next step checks
 *                           the most doubtful prerequisite skill first; 1 or more turns diagnosis off
 */
public record PlannerConfig(double masteryThreshold, double targetCorrect, double masteryCheckFrom,
        double multiSkillTolerance, double certificationTarget, double targetRecall, Duration minimumReviewGap,
        double diagnosisThreshold) {

    /** A goal is complete when the evidence makes it at least 95% likely that every skill of it is known. */
    public static final double DEFAULT_CERTIFICATION_TARGET = 0.95;


    /** Reviews are due when predicted recall falls to 0.9. */
    public static final double DEFAULT_TARGET_RECALL = MemoryModel.DEFAULT_TARGET_RECALL;

    /** No review sooner than a day after the skill's last answer (unless a lapse). */
    public static final Duration DEFAULT_MINIMUM_REVIEW_GAP = Duration.ofDays(1);

    /**
     * The threshold to turn diagnosis during study on with: a prerequisite is checked first when a gap in it is at
     * least as likely as not.
     */
    public static final double DEFAULT_DIAGNOSIS_THRESHOLD = 0.5;

    /** A diagnosis threshold that turns diagnosis during study off. */
    public static final double DIAGNOSIS_OFF = 1;

    // After the constants it uses: static fields initialise in order.
    public static final PlannerConfig DEFAULT = new PlannerConfig(0.95, 0.7);

    /** The default mastery-check level (0.5), multi-skill tolerance (0.2), certification target and reviews. */
    public PlannerConfig(double masteryThreshold, double targetCorrect) {
        this(masteryThreshold, targetCorrect, 0.5, 0.2, DEFAULT_CERTIFICATION_TARGET);
    }

    /** These settings with the default certification target (0.95) and reviews. */
    public PlannerConfig(double masteryThreshold, double targetCorrect, double masteryCheckFrom,
            double multiSkillTolerance) {
        this(masteryThreshold, targetCorrect, masteryCheckFrom, multiSkillTolerance, DEFAULT_CERTIFICATION_TARGET);
    }

    /** These settings with the default reviews (recall 0.9, a day apart). */
    public PlannerConfig(double masteryThreshold, double targetCorrect, double masteryCheckFrom,
            double multiSkillTolerance, double certificationTarget) {
        this(masteryThreshold, targetCorrect, masteryCheckFrom, multiSkillTolerance, certificationTarget,
                DEFAULT_TARGET_RECALL, DEFAULT_MINIMUM_REVIEW_GAP);
    }

    /** These settings with diagnosis during study off ({@link #DIAGNOSIS_OFF}). */
    public PlannerConfig(double masteryThreshold, double targetCorrect, double masteryCheckFrom,
            double multiSkillTolerance, double certificationTarget, double targetRecall, Duration minimumReviewGap) {
        this(masteryThreshold, targetCorrect, masteryCheckFrom, multiSkillTolerance, certificationTarget, targetRecall,
                minimumReviewGap, DIAGNOSIS_OFF);
    }

    public PlannerConfig {
        if (!(masteryThreshold > 0 && masteryThreshold < 1) || !(targetCorrect > 0 && targetCorrect < 1)) {
            throw new IllegalArgumentException("thresholds must be within (0, 1)");
        }
        if (!(masteryCheckFrom > 0 && masteryCheckFrom <= 1)) {
            throw new IllegalArgumentException("masteryCheckFrom must be within (0, 1]");
        }
        if (!(multiSkillTolerance >= 0 && multiSkillTolerance <= 1)) {
            throw new IllegalArgumentException("multiSkillTolerance must be within [0, 1]");
        }
        if (!(certificationTarget > 0 && certificationTarget < 1)) {
            throw new IllegalArgumentException("certificationTarget must be within (0, 1)");
        }
        if (!(targetRecall > 0 && targetRecall < 1)) {
            throw new IllegalArgumentException("targetRecall must be within (0, 1)");
        }
        if (minimumReviewGap == null || minimumReviewGap.isNegative()) {
            throw new IllegalArgumentException("minimumReviewGap must be zero or positive");
        }
        if (!(diagnosisThreshold > 0) || Double.isNaN(diagnosisThreshold)) {
            throw new IllegalArgumentException("diagnosisThreshold must be positive (1 or more: off)");
        }
    }

    /** Whether diagnosis during study is on. */
    public boolean diagnoses() {
        return diagnosisThreshold < 1;
    }

    /** These settings with diagnosis during study at {@code value} (1 or more: off). */
    public PlannerConfig withDiagnosisThreshold(double value) {
        return new PlannerConfig(masteryThreshold, targetCorrect, masteryCheckFrom, multiSkillTolerance,
                certificationTarget, targetRecall, minimumReviewGap, value);
    }

    public PlannerConfig withMasteryCheckFrom(double value) {
        return new PlannerConfig(masteryThreshold, targetCorrect, value, multiSkillTolerance, certificationTarget,
                targetRecall, minimumReviewGap, diagnosisThreshold);
    }

    public PlannerConfig withMultiSkillTolerance(double value) {
        return new PlannerConfig(masteryThreshold, targetCorrect, masteryCheckFrom, value, certificationTarget,
                targetRecall, minimumReviewGap, diagnosisThreshold);
    }

    public PlannerConfig withCertificationTarget(double value) {
        return new PlannerConfig(masteryThreshold, targetCorrect, masteryCheckFrom, multiSkillTolerance, value,
                targetRecall, minimumReviewGap, diagnosisThreshold);
    }

    /** These settings with reviews due at {@code recall}, not sooner than {@code gap} after the last answer. */
    public PlannerConfig withReviews(double recall, Duration gap) {
        return new PlannerConfig(masteryThreshold, targetCorrect, masteryCheckFrom, multiSkillTolerance,
                certificationTarget, recall, gap, diagnosisThreshold);
    }
}
