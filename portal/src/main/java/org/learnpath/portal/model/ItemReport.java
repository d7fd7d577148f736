package org.learnpath.portal.model;

import java.util.UUID;

/** How an item's answers went over every learner (the assessment service's report). */
public record ItemReport(UUID itemId, long attempts, long learners, double shareCorrect, double meanScore,
        double meanResponseTimeMillis) {
}
