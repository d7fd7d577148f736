package org.learnpath.assessment.service;

import java.util.List;
import org.learnpath.assessment.model.ItemType;

/** An item as an author wants it. Type-specific consistency (choices, answer key) is checked by {@link ItemService}. */
public record ItemDraft(String stem, ItemType type, List<ChoiceDraft> choices, AnswerKeyDraft answer, String explanation,
        double difficulty, List<String> skills) {

    public record ChoiceDraft(String key, String text) {
    }

    public record AnswerKeyDraft(String choice, List<String> choices, Double value, Double tolerance,
            List<String> accepted) {
    }
}
