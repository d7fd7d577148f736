package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two options with the same text (ignoring case, spacing and a final full stop) make the item ambiguous. */
public final class DuplicateOptionsRule implements ItemRule {

    public static final String ID = "duplicate-options";

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
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < item.options().size(); i++) {
            String text = Words.normalized(LintItem.optionText(item.options().get(i)));
            if (text.isEmpty()) {
                findings.add(finding(LintItem.textField(i), "The option is empty: give it a text."));
                continue;
            }
            Integer first = seen.putIfAbsent(text, i);
            if (first != null) {
                findings.add(finding(LintItem.textField(i), "The option repeats option "
                        + item.options().get(first).key() + ": each option must say something different."));
            }
        }
        return findings;
    }
}
