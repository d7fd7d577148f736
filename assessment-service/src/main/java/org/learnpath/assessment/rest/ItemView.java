package org.learnpath.assessment.rest;

import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.ItemType;

/** The whole item, answer and explanation included: for authors and admins only. */
public record ItemView(UUID id, String stem, ItemType type, List<Choice> choices, AnswerKey answer, String explanation,
        double difficulty, ItemStatus status, List<String> skills, long version) {

    static ItemView of(Item i) {
        return new ItemView(i.id, i.stem, i.type, i.choices, i.answer, i.explanation, i.difficulty, i.status,
                i.sortedSkillCodes(), i.version);
    }
}
