package org.learnpath.learner;

import java.util.Objects;

/**
 * The item a placement asks next.
 *
 * @param informationGain the bits of information about the learner's knowledge state its answer is expected to give
 * @param pCorrect        P(correct) under the current belief
 */
public record PlacementItem(ItemCandidate item, double informationGain, double pCorrect) {

    public PlacementItem {
        Objects.requireNonNull(item, "item");
    }
}
