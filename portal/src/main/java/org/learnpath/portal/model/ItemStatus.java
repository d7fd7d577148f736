package org.learnpath.portal.model;

/** Drafts are invisible to learners, published items are asked, retired ones stay for past attempts. */
public enum ItemStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
