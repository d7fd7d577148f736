package org.learnpath.assessment.model;

/** What an assessment session draws its items from. */
public enum SessionKind {
    /** The skills a catalog module teaches. */
    MODULE,
    /** One skill. */
    SKILL,
    /** Adaptive practice over chosen skills, or every skill with items. */
    PRACTICE
}
