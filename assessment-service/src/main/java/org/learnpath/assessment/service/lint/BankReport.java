package org.learnpath.assessment.service.lint;

import java.util.List;
import java.util.Map;

/**
 * The bank rules over a whole bank: the overall figures, each skill's figures (by skill code), and every item's
 * findings (by item ref).
 */
public record BankReport(BankFigures overall, List<BankFigures> skills, Map<String, List<Finding>> findings) {

    /** Whether every judged bank rule passes overall and in every skill. */
    public boolean passes() {
        return overall.passes() && skills.stream().allMatch(BankFigures::passes);
    }
}
