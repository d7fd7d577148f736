package org.learnpath.assessment.model;

import java.util.UUID;

/** How an item's answers went, over every learner: counts and shares, never an individual answer. */
public record ItemReport(UUID itemId, long attempts, long learners, double shareCorrect, double meanScore,
        double meanResponseTimeMillis) {
}
