package org.learnpath.assessment.rest;

import java.util.List;
import java.util.UUID;
import org.learnpath.assessment.model.AnswerKey;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.assessment.service.lint.Finding;

/**
 * The whole item, answer and explanation included: for authors and admins only. {@code warnings} lists what the
 * item linter finds in it (measurement flaws such as a key that is the longest option by far); they never block a
 * write, and an empty list means the linter found nothing.
 */
public record ItemView(UUID id, String stem, ItemType type, List<Choice> choices, AnswerKey answer, String explanation,
        double difficulty, ItemStatus status, List<String> skills, long version, List<Warning> warnings) {

    static ItemView of(Item i, List<Finding> findings) {
        return new ItemView(i.id, i.stem, i.type, i.choices, i.answer, i.explanation, i.difficulty, i.status,
                i.sortedSkillCodes(), i.version, findings.stream().map(Warning::of).toList());
    }

    /**
     * One linter finding.
     *
     * @param rule the rule's stable id, such as {@code longest-key}
     * @param field where in the item, as a path of this API's item body ({@code choices[1].text})
     */
    public record Warning(String rule, String field, String message) {

        static Warning of(Finding f) {
            return new Warning(f.rule(), f.field(), f.message());
        }
    }
}
