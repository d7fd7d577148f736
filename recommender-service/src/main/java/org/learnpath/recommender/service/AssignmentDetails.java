package org.learnpath.recommender.service;

import java.util.List;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.recommender.model.AssignmentLearner;

/**
 * An assignment with its goal's name (null when the goal left the catalog) and, where asked for, its learners now
 * with their completions.
 */
public record AssignmentDetails(Assignment assignment, String goalName, List<AssignmentLearner> learners) {
}
