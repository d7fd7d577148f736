package org.learnpath.recommender.model;

import java.time.Instant;

/**
 * The goal a learner chose, the digest of the path last announced for it (null before the first), and the learner's
 * organization (null when not known), which every path announced for the learner names.
 */
public record LearnerGoal(String learnerId, String goalSlug, Instant chosenAt, String pathSignature,
        String organization) {
}
