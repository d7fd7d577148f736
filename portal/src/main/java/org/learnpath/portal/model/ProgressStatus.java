package org.learnpath.portal.model;

import java.util.Locale;
import java.util.Optional;

/** Where a learner stands on an assigned goal, as the team progress report classifies them. */
public enum ProgressStatus {
    OVERDUE("Overdue"),
    AT_RISK("At risk"),
    ON_TRACK("On track"),
    DONE("Done");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status a filter or a report names (case does not matter); empty for anything else. */
    public static Optional<ProgressStatus> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ProgressStatus status : values()) {
            if (status.name().equals(name)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
