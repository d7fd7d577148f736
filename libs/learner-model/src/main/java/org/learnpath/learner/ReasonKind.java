package org.learnpath.learner;

/** Why a step or item was recommended; the structured half of every {@link Reason}. */
public enum ReasonKind {
    /** A learnt skill of a module the next module builds on has decayed below the threshold (remediation). */
    PREREQUISITE_DECAYED,
    /**
     * The answers on a skill of the module being studied make a gap in a prerequisite it builds on likely (the
     * posterior reaches {@link PlannerConfig#diagnosisThreshold()}): a check of the most doubtful prerequisite skill
     * comes first (remediation by evidence).
     */
    PREREQUISITE_DOUBTED,
    /** A learnt skill of the goal has decayed below the threshold. */
    REVIEW_DUE,
    /** The module is ready (prerequisites mastered) and serves the goal best among ready modules. */
    READY_FOR_GOAL,
    /** Every module is mastered; the goal's certification check asks about its least certain skill. */
    CERTIFICATION_CHECK,
    /** Nothing left to do for the goal. */
    GOAL_COMPLETE,
    /** The item practises the step's weakest skill with a predicted success nearest the target. */
    ITEM_NEAR_TARGET,
    /**
     * The item practises the step's skill together with other skills not mastered yet (one answer, several learning
     * opportunities), with a predicted success near the target.
     */
    ITEM_SEVERAL_SKILLS,
    /**
     * The step's skill is more likely known than not: the item is the one whose answer best tells knowing it from
     * guessing (test-out of a skill never practised, or confirming one practised with success).
     */
    ITEM_MASTERY_CHECK,
    /**
     * A certification check: of the items for the skill the learner has never answered (if any), the one whose
     * answer best tells knowing it from guessing.
     */
    ITEM_CERTIFICATION_CHECK
}
