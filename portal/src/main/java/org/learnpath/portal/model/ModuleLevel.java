package org.learnpath.portal.model;

/** The catalog's module levels (its Level enum), with the words the forms show. */
public enum ModuleLevel {
    BEGINNER("Beginner"),
    INTERMEDIATE("Intermediate"),
    ADVANCED("Advanced");

    private final String label;

    ModuleLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
