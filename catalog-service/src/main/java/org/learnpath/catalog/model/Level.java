package org.learnpath.catalog.model;

public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
