package org.learnpath.portal.model;

/** The kinds of learning resource the catalog knows (its ResourceKind enum). */
public enum ModuleResourceKind {
    DOCUMENTATION,
    ARTICLE,
    BOOK,
    VIDEO,
    EXERCISE,
    DATASET
}
