package org.learnpath.recommender.rest;

import java.util.UUID;
import org.learnpath.learner.ItemDifficulty;

/**
 * An item's difficulty as the recommender has learned it, on the logit scale (0 = average for its skills, positive =
 * harder), and the number of answers it rests on (0: still the author's prior).
 */
public record ItemDifficultyView(UUID itemId, double difficulty, int answers) {

    static ItemDifficultyView of(ItemDifficulty item) {
        return new ItemDifficultyView(UUID.fromString(item.itemId()), item.difficulty(), item.answerCount());
    }
}
