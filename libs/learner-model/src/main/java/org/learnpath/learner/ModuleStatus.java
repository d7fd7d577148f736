package org.learnpath.learner;

/** Where a module of a learning path stands for the learner. */
public enum ModuleStatus {
    /** Every skill of the module is at or above the mastery threshold now. */
    MASTERED,
    /**
     * Not mastered, and every module it requires (directly or not) is mastered or learnt and only due for
     * review (the review is then recommended first).
     */
    READY,
    /** Some module it requires has not been learnt yet. */
    LOCKED
}
