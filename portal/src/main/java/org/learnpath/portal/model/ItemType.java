package org.learnpath.portal.model;

/** The assessment service's item types, with the words the forms show. */
public enum ItemType {
    SINGLE_CHOICE("Single choice"),
    MULTIPLE_CHOICE("Multiple choice"),
    NUMERIC("Numeric"),
    SHORT_TEXT("Short text");

    private final String label;

    ItemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
