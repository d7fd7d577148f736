package org.learnpath.assessment.service;

import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.ItemType;

/**
 * What grading an answer needs of its item, frozen at one version: safe to share between requests and threads,
 * unlike the entity, which belongs to one persistence context.
 */
public record GradedItem(UUID id, long version, ItemType type, List<Choice> choices, AnswerKey answer,
        String explanation, double difficulty, ItemStatus status, List<String> skillCodes) {

    public GradedItem {
        choices = choices == null ? null : List.copyOf(choices);
        skillCodes = List.copyOf(skillCodes);
    }

    static GradedItem of(Item item) {
        return new GradedItem(item.id, item.version, item.type, item.choices, item.answer, item.explanation,
                item.difficulty, item.status, item.sortedSkillCodes());
    }
}
