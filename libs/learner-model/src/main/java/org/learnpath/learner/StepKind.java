package org.learnpath.learner;

/** What the learner should do next. */
public enum StepKind {
    /** Practise a skill that was learnt but has decayed below the mastery threshold. */
    REVIEW,
    /** Work on a READY module that is not mastered yet. */
    STUDY,
    /** Every module of the goal is mastered. */
    GOAL_COMPLETE
}
