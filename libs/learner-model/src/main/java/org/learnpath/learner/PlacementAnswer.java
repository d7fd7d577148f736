package org.learnpath.learner;

import java.util.Objects;

/** One answer given in a placement assessment: the item as it was asked (difficulty, format) and whether it was right. */
public record PlacementAnswer(ItemCandidate item, boolean correct) {

    public PlacementAnswer {
        Objects.requireNonNull(item, "item");
    }
}
