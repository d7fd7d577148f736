package org.learnpath.learner;

/** Where a learner stands on an assigned goal (see {@link AssignmentForecaster} for the rules). */
public enum AssignmentStatus {
    /** The goal was mastered: the caller's completion record says so, whatever mastery has done since. */
    DONE,
    /** Not done, and nothing says it will be late. */
    ON_TRACK,
    /** Not done, and at the recent pace it will be late, or the learner has stopped. */
    AT_RISK,
    /** Not done, and the due date has passed. */
    OVERDUE
}
