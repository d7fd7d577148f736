package org.learnpath.learner;

/**
 * Why {@link TracedModelFitter} did not use a skill's fitted parameters. A skill with any of these keeps the default
 * parameters ({@link ModelFit.SkillFit#parameters()}); the fitted values stay readable for diagnosis
 * ({@link ModelFit.SkillFit#estimate()}).
 */
public enum FitProblem {

    /** Fewer learners answered the skill than {@link TracedFitOptions#minLearners()}: not fitted. */
    TOO_FEW_LEARNERS,

    /** Fewer answers measured the skill than {@link TracedFitOptions#minAnswers()}: not fitted. */
    TOO_FEW_ANSWERS,

    /**
     * The fitted prior is at or above the mastery threshold: every learner would count as mastering the skill before
     * answering anything. Answers that are (nearly) all right give this; so do placement answers from experts only.
     */
    PRIOR_AT_THRESHOLD,

    /**
     * The fitted learning rate is above {@link TracedFitOptions#learnNearOne()}: one answer would teach the skill to
     * almost everyone, so mastery would follow from practising rather than from showing it.
     */
    LEARN_NEAR_ONE,

    /** Guess at its cap ({@link TracedFitOptions#maxGuess()}): the data want learners who do not know to do better. */
    GUESS_AT_CAP,

    /** Slip at its cap ({@link TracedFitOptions#maxSlip()}): the data want learners who know to do worse. */
    SLIP_AT_CAP,

    /**
     * Guess or slip at the floor of 0.001: answers entirely decided by knowing the skill or not, which scripted or
     * bulk-loaded answers give and learners do not; one answer would then decide mastery.
     */
    GUESS_OR_SLIP_AT_FLOOR
}
