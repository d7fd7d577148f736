package org.learnpath.portal.model;

/** A catalog goal a learner may choose, as the goal picker lists it. */
public record LearnerGoalOption(String slug, String name, String description) {
}
