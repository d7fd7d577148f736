package org.learnpath.assessment.service.lint;

import java.util.ArrayList;
import java.util.List;

/** Runs every item rule over one item. */
public final class ItemLinter {

    private final List<ItemRule> rules;
    private final LintSettings settings;

    public ItemLinter(List<ItemRule> rules, LintSettings settings) {
        this.rules = List.copyOf(rules);
        this.settings = settings;
    }

    /** Every rule LearnPath applies to an item, broken-item rules first. */
    public static ItemLinter standard(LintSettings settings) {
        return new ItemLinter(List.of(new EmptyStemRule(), new MissingKeyRule(), new KeyOutOfRangeRule(),
                new TooFewOptionsRule(), new DuplicateOptionsRule(), new LongestKeyRule(), new AbsoluteWordsRule(),
                new StemRevealsKeyRule(), new SingleAcceptedFormRule()), settings);
    }

    public List<Finding> lint(LintItem item) {
        List<Finding> findings = new ArrayList<>();
        for (ItemRule rule : rules) {
            findings.addAll(rule.check(item, settings));
        }
        return findings;
    }

    public List<ItemRule> rules() {
        return rules;
    }

    public LintSettings settings() {
        return settings;
    }
}
