package org.learnpath.assessment.service.lint;

import java.util.List;
import org.learnpath.assessment.model.ItemType;

/**
 * A short-text item that accepts too few forms marks right answers wrong: a synonym, an abbreviation, an article,
 * quotes around a string or a call with its argument. Then the item measures spelling luck, not knowledge.
 */
public final class SingleAcceptedFormRule implements ItemRule {

    public static final String ID = "single-accepted-form";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(LintItem item, LintSettings settings) {
        if (item.type() != ItemType.SHORT_TEXT) {
            return List.of();
        }
        long forms = item.accepted().stream().filter(s -> s != null && !s.isBlank()).count();
        if (forms == 0 || forms >= settings.minAcceptedForms()) {
            return List.of();
        }
        return List.of(finding("answer.accepted", "Only " + forms + " accepted answer"
                + (forms == 1 ? " is" : "s are") + " listed (at least " + settings.minAcceptedForms()
                + " expected): learners who write an equivalent form (a synonym, an abbreviation, with an article or"
                + " quotes, a call with its argument) are marked wrong. Add the equivalent forms."));
    }
}
