package org.learnpath.recommender.model;

/** Where a placement assessment stands. */
public enum PlacementStatus {
    /** Asking items; its answers are linked to it as they arrive. At most one per learner. */
    IN_PROGRESS,
    /** Finished: its result seeded the learner's estimates of the skills they had never practised. */
    COMPLETED,
    /** Given up (or replaced by a placement for another goal): it seeded nothing. */
    SKIPPED
}
