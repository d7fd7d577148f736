package org.learnpath.recommender.model;

import java.util.UUID;

/** One learner of one assignment, with what announcing its completion needs: the organization and the goal. */
public record AssignmentPair(UUID assignmentId, String learnerId, String organization, String goalSlug) {
}
