package org.learnpath.recommender.rest;

import java.time.Instant;

public record GoalView(String learnerId, String goalSlug, String goalName, Instant chosenAt) {
}
