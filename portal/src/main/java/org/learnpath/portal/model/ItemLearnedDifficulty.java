package org.learnpath.portal.model;

import java.util.UUID;

/** The difficulty the recommender has learned for an item (logit scale) and how many answers it rests on. */
public record ItemLearnedDifficulty(UUID itemId, double difficulty, int answers) {
}
