package org.learnpath.assessment.service.lint;

import java.util.List;

/** One check of one item. Rules never throw on an incomplete item: what they cannot judge they leave alone. */
public interface ItemRule {

    /** Stable id, reported with every finding and never reused for another check. */
    String id();

    Severity severity();

    List<Finding> check(LintItem item, LintSettings settings);

    default Finding finding(String field, String message) {
        return new Finding(id(), severity(), field, message);
    }
}
