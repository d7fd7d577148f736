package org.learnpath.assessment.service.lint;

import java.util.List;
import org.learnpath.assessment.model.ItemType;

/**
 * A choice item needs at least two options, and a multiple-choice item at least one option that is not keyed:
 * otherwise choosing tells nothing (selecting everything is always right).
 */
public final class TooFewOptionsRule implements ItemRule {

    public static final String ID = "too-few-options";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> check(LintItem item, LintSettings settings) {
        if (item.type() == null || !item.type().hasChoices()) {
            return List.of();
        }
        if (item.options().size() < 2) {
            return List.of(finding("choices", "A choice item needs at least two options."));
        }
        if (item.type() == ItemType.MULTIPLE_CHOICE && !item.correctIndexes().isEmpty()
                && item.distractorIndexes().isEmpty()) {
            return List.of(finding("answer.choices",
                    "Every option is keyed correct: selecting everything wins. Add at least one wrong option."));
        }
        return List.of();
    }
}
