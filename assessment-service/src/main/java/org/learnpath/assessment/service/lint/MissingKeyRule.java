package org.learnpath.assessment.service.lint;

import java.util.List;
import org.learnpath.assessment.model.AnswerKey;

/** An item without a key cannot be graded. */
public final class MissingKeyRule implements ItemRule {

    public static final String ID = "missing-key";

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
        if (item.type() == null) {
            return List.of();
        }
        AnswerKey a = item.answer();
        return switch (item.type()) {
            case SINGLE_CHOICE -> a == null || a.choice() == null || a.choice().isBlank()
                    ? List.of(finding("answer.choice", "No correct option is keyed: name the key of the right choice."))
                    : List.of();
            case MULTIPLE_CHOICE -> a == null || a.choices() == null || a.choices().isEmpty()
                    ? List.of(finding("answer.choices", "No correct options are keyed: list the keys of the right choices."))
                    : List.of();
            case NUMERIC -> a == null || a.value() == null || !Double.isFinite(a.value())
                    ? List.of(finding("answer.value", "No correct value is given: state the number that is right."))
                    : List.of();
            case SHORT_TEXT -> item.accepted().stream().allMatch(s -> s == null || s.isBlank())
                    ? List.of(finding("answer.accepted", "No accepted answer is listed: list the answers that count as right."))
                    : List.of();
        };
    }
}
