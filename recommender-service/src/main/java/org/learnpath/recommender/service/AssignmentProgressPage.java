package org.learnpath.recommender.service;

import java.time.Instant;
import java.util.Map;
import org.learnpath.learner.AssignmentStatus;
import org.learnpath.recommender.model.Assignment;
import org.learnpath.rest.Slice;

/**
 * One page of an assignment's progress report.
 *
 * @param byStatus how many of all its learners (not only this page's) are in each status, every status present
 * @param rows     the page, among the learners of the status asked for (all without one)
 */
public record AssignmentProgressPage(Assignment assignment, String goalName, Instant generatedAt,
        Map<AssignmentStatus, Integer> byStatus, Slice<LearnerProgress> rows) {
}
