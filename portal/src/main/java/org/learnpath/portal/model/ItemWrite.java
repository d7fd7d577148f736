package org.learnpath.portal.model;

import java.util.List;

/** The assessment service's item request body; {@code choices} is null for the types without choices. */
public record ItemWrite(String stem, ItemType type, List<ItemChoice> choices, ItemAnswerKey answer,
        String explanation, Double difficulty, List<String> skills) {
}
