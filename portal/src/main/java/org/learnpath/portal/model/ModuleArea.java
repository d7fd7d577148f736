package org.learnpath.portal.model;

/** The catalog's subject areas (its Area enum), with the words the forms show. */
public enum ModuleArea {
    DATA_ANALYSIS("Data analysis"),
    MACHINE_LEARNING("Machine learning");

    private final String label;

    ModuleArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
