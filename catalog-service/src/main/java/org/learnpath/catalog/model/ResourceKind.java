package org.learnpath.catalog.model;

public enum ResourceKind {
    DOCUMENTATION,
    ARTICLE,
    BOOK,
    VIDEO,
    EXERCISE,
    DATASET
}
