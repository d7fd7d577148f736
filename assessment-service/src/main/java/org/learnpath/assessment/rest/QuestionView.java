package org.learnpath.assessment.rest;

import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemType;

/** An item as a learner sees it before answering: no answer key, no explanation. */
public record QuestionView(UUID id, String stem, ItemType type, List<Choice> choices, List<String> skills, long version) {

    public static QuestionView of(Item i) {
        return new QuestionView(i.id, i.stem, i.type, i.choices, i.sortedSkillCodes(), i.version);
    }
}
