package org.learnpath.learner;

import java.util.List;
import java.util.Objects;

/**
 * An item the planner may pick.
 *
 * @param difficulty current logit difficulty (calibrated, see {@link LearnerModel#difficulty})
 */
public record ItemCandidate(String itemId, List<String> skillCodes, double difficulty) {

    public ItemCandidate {
        Objects.requireNonNull(itemId, "itemId");
        skillCodes = List.copyOf(skillCodes);
        if (skillCodes.isEmpty()) {
            throw new IllegalArgumentException("An item measures at least one skill");
        }
    }
}
