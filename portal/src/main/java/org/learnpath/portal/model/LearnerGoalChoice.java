package org.learnpath.portal.model;

/** The body of the recommender's "choose a goal" call. */
public record LearnerGoalChoice(String goalSlug) {
}
