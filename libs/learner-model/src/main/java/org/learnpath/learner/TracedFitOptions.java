package org.learnpath.learner;

import java.util.Objects;

/**
 * Settings of {@link TracedModelFitter}.
 *
 * @param maxGuess         upper bound of guess (for an item of re-centred difficulty 0); with {@code maxSlip} it rules
 *                         out fits where a learner who knows the skill answers worse than one who does not (as
 *                         {@link FitOptions}); a fit at the bound is flagged {@link FitProblem#GUESS_AT_CAP}
 * @param maxSlip          upper bound of slip; a fit at it is flagged {@link FitProblem#SLIP_AT_CAP}
 * @param masteryThreshold a fitted prior at or above it is flagged {@link FitProblem#PRIOR_AT_THRESHOLD}: the
 *                         planner's mastery threshold ({@link PlannerConfig#masteryThreshold()})
 * @param learnNearOne     a fitted learning rate above it is flagged {@link FitProblem#LEARN_NEAR_ONE}
 * @param minLearners      skills answered by fewer learners are not fitted ({@link FitProblem#TOO_FEW_LEARNERS})
 * @param minAnswers       skills measured by fewer answers are not fitted ({@link FitProblem#TOO_FEW_ANSWERS})
 * @param priorStrength    pseudo-observations of each parameter's Beta prior (see {@link TracedModelFitter}); 0 is
 *                         maximum likelihood
 * @param centring         how item difficulties are re-centred per skill before fitting (see {@link Centring})
 * @param maxRounds        block-coordinate rounds over the skills of a group linked by several-skill items
 * @param maxEvaluations   likelihood evaluations per skill per round (Nelder-Mead)
 * @param parallel         fit independent groups of skills on the common fork-join pool; the result is identical
 *                         either way (the groups share no answer)
 */
public record TracedFitOptions(double maxGuess, double maxSlip, double masteryThreshold, double learnNearOne,
        int minLearners, int minAnswers, double priorStrength, Centring centring, int maxRounds, int maxEvaluations,
        boolean parallel) {

    /**
     * Which offset is taken out of the author's difficulties of a skill's items, so that guess and slip mean "on an
     * average item of this skill" and the difficulty of an item says only how it differs from its skill's others.
     * Without it, the same offset could sit in guess/slip (fitted) or in the difficulties (authored, then calibrated
     * by Elo), and the two would drift against each other from one refit to the next.
     */
    public enum Centring {
        /** The author's difficulties as they are. */
        NONE,
        /**
         * Per skill, the mean difficulty of its single-skill items that were answered, each item once: a property of
         * the item bank, the same whichever items a path happens to pick, so guess and slip keep their meaning when
         * the practice policy changes.
         */
        ITEM_MEAN,
        /**
         * Per skill, the mean difficulty of its single-skill answers (evidence-weighted): guess and slip then describe
         * the items practised, which depend on the path (a course that runs easy to hard and stops at mastery answers
         * mostly easy items).
         */
        ANSWER_MEAN
    }

    /** Bounds as {@link FitOptions#DEFAULT}, threshold 0.95, learn 0.9, 30 learners, 100 answers, prior strength 4. */
    public static final TracedFitOptions DEFAULT = new TracedFitOptions(0.3, 0.3, 0.95, 0.9, 30, 100, 4,
            Centring.ITEM_MEAN, 4, 400, true);

    public TracedFitOptions {
        if (!(maxGuess > 0.01 && maxSlip > 0.01 && maxGuess + maxSlip < 1)) {
            throw new IllegalArgumentException("need 0.01 < maxGuess, 0.01 < maxSlip, maxGuess + maxSlip < 1");
        }
        if (!(masteryThreshold > 0 && masteryThreshold < 1) || !(learnNearOne > 0 && learnNearOne < 1)) {
            throw new IllegalArgumentException("masteryThreshold and learnNearOne must be within (0, 1)");
        }
        if (minLearners < 1 || minAnswers < 1) {
            throw new IllegalArgumentException("minLearners and minAnswers must be >= 1");
        }
        if (!(priorStrength >= 0) || Double.isInfinite(priorStrength)) {
            throw new IllegalArgumentException("priorStrength must be a finite number >= 0");
        }
        Objects.requireNonNull(centring, "centring");
        if (maxRounds < 1 || maxEvaluations < 20) {
            throw new IllegalArgumentException("need maxRounds >= 1 and maxEvaluations >= 20");
        }
    }

    public TracedFitOptions withCentring(Centring value) {
        return new TracedFitOptions(maxGuess, maxSlip, masteryThreshold, learnNearOne, minLearners, minAnswers,
                priorStrength, value, maxRounds, maxEvaluations, parallel);
    }

    public TracedFitOptions withMinimums(int learners, int answers) {
        return new TracedFitOptions(maxGuess, maxSlip, masteryThreshold, learnNearOne, learners, answers,
                priorStrength, centring, maxRounds, maxEvaluations, parallel);
    }

    public TracedFitOptions withPriorStrength(double value) {
        return new TracedFitOptions(maxGuess, maxSlip, masteryThreshold, learnNearOne, minLearners, minAnswers,
                value, centring, maxRounds, maxEvaluations, parallel);
    }

    public TracedFitOptions withParallel(boolean value) {
        return new TracedFitOptions(maxGuess, maxSlip, masteryThreshold, learnNearOne, minLearners, minAnswers,
                priorStrength, centring, maxRounds, maxEvaluations, value);
    }
}
