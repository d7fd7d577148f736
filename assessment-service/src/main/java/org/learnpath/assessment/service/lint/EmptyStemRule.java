package org.learnpath.assessment.service.lint;

import java.util.List;

/** An item without a question asks nothing. */
public final class EmptyStemRule implements ItemRule {

    public static final String ID = "empty-stem";

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
        if (item.stem() == null || Words.tokens(item.stem()).isEmpty()) {
            return List.of(finding("stem", "The stem is empty: write the question the item asks."));
        }
        return List.of();
    }
}
