package org.learnpath.assessment.model;

public enum ItemType {
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    NUMERIC,
    SHORT_TEXT;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
