package org.learnpath.assessment.model;

/** Draft items are invisible to learners; retired ones stay for the history of past attempts. */
public enum ItemStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
