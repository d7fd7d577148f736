package org.learnpath.portal.model;

import java.util.List;
import java.util.UUID;

/**
 * An item of the bank as authors see it, answer key and explanation included; {@code version} is its ETag.
 * {@code warnings} is what the service's item linter finds in it (empty when nothing, or when the service does not
 * lint).
 */
public record ItemDetails(UUID id, String stem, ItemType type, List<ItemChoice> choices, ItemAnswerKey answer,
        String explanation, double difficulty, ItemStatus status, List<String> skills, long version,
        List<ItemWarning> warnings) {

    public ItemDetails {
        choices = choices == null ? List.of() : choices;
        skills = skills == null ? List.of() : skills;
        warnings = warnings == null ? List.of() : warnings;
    }
}
