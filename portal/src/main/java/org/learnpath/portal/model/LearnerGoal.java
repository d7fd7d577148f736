package org.learnpath.portal.model;

import java.time.Instant;

/** The goal a learner works towards, as the recommender keeps it. */
public record LearnerGoal(String goalSlug, String goalName, Instant chosenAt) {
}
