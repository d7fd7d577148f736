package org.learnpath.catalog.model;

public enum Area {
    DATA_ANALYSIS,
    MACHINE_LEARNING
}
