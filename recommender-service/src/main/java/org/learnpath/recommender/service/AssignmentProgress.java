package org.learnpath.recommender.service;

import org.learnpath.recommender.model.AssignmentOfLearner;

/**
 * One of a learner's assignments with how far they are now: the goal's modules (and those they require) mastered,
 * out of all of them. Name and counts are null when the goal is no longer in the catalog for the learner.
 */
public record AssignmentProgress(AssignmentOfLearner assignment, String goalName, Integer masteredModules,
        Integer totalModules) {
}
