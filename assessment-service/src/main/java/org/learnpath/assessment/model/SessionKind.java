package org.learnpath.assessment.model;

/** What an assessment session draws its items from. */
public enum SessionKind {
    /** The skills a catalog module teaches. */
    MODULE,
    /** One skill. */
    SKILL,
    /** Adaptive practice over chosen skills, or every skill with items. */
    PRACTICE,
    /**
     * A goal's placement assessment (target = goal slug): it serves any published item the recommender's placement
     * names, and its answers are placement evidence, not practice ({@link Attempt#purpose}).
     */
    PLACEMENT;

    /** The most items a placement session asks: the placement's own budget. */
    public static final int PLACEMENT_MAX_ITEMS = 20;
}
