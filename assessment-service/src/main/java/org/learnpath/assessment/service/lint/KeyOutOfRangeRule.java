package org.learnpath.assessment.service.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.ItemType;

/**
 * A key must name an option the item has (once), and a numeric tolerance cannot be negative: otherwise no answer,
 * or not the intended one, is graded right.
 */
public final class KeyOutOfRangeRule implements ItemRule {

    public static final String ID = "key-out-of-range";

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
        if (item.type() == null || item.answer() == null) {
            return List.of();
        }
        Set<String> keys = new HashSet<>();
        for (Choice c : item.options()) {
            if (c != null) {
                keys.add(c.key());
            }
        }
        if (item.type() == ItemType.SINGLE_CHOICE && item.answer().choice() != null
                && !keys.contains(item.answer().choice())) {
            return List.of(finding("answer.choice", "The key '" + item.answer().choice()
                    + "' is not one of the options " + keys.stream().sorted().toList() + "."));
        }
        if (item.type() == ItemType.MULTIPLE_CHOICE && item.answer().choices() != null) {
            List<String> keyed = item.answer().choices();
            List<String> unknown = keyed.stream().filter(k -> !keys.contains(k)).toList();
            if (!unknown.isEmpty()) {
                return List.of(finding("answer.choices", "The keys " + unknown + " are not among the options "
                        + keys.stream().sorted().toList() + "."));
            }
            if (new HashSet<>(keyed).size() != keyed.size()) {
                return List.of(finding("answer.choices", "A correct option is keyed twice: list each key once."));
            }
        }
        if (item.type() == ItemType.NUMERIC && item.answer().tolerance() != null && item.answer().tolerance() < 0) {
            return List.of(finding("answer.tolerance", "The tolerance is negative: no answer could ever be right."));
        }
        return List.of();
    }
}
