package org.learnpath.learner;

import java.util.List;
import java.util.Objects;

/**
 * An item the planner may pick.
 *
 * @param difficulty current logit difficulty (calibrated, see {@link LearnerModel#difficulty})
 * @param guessFloor P(correct) of a blind pick in the item's format (0 for an open answer or when unknown)
 */
public record ItemCandidate(String itemId, List<String> skillCodes, double difficulty, double guessFloor) {

    /** An item whose format is unknown or an open answer: no guessing floor. */
    public ItemCandidate(String itemId, List<String> skillCodes, double difficulty) {
        this(itemId, skillCodes, difficulty, 0);
    }

    public ItemCandidate {
        Objects.requireNonNull(itemId, "itemId");
        skillCodes = List.copyOf(skillCodes);
        if (skillCodes.isEmpty()) {
            throw new IllegalArgumentException("An item measures at least one skill");
        }
        if (!(guessFloor >= 0 && guessFloor < 1)) {
            throw new IllegalArgumentException("guessFloor must be within [0, 1), was " + guessFloor);
        }
    }
}
