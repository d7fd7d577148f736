package org.learnpath.learner;

/** What the learner should do next. */
public enum StepKind {
    /** Practise a skill that was learnt but has decayed below the mastery threshold. */
    REVIEW,
    /** Work on a READY module that is not mastered yet. */
    STUDY,
    /**
     * Every module of the goal is mastered, but the evidence does not yet make it likely enough that every skill of
     * the goal is known (see {@link GoalCertification}): answer a check item of the least certain skill.
     */
    CERTIFY,
    /** Every module of the goal is mastered and the goal is certified. */
    GOAL_COMPLETE
}
