package org.learnpath.recommender.model;

import java.time.Instant;

/** The goal a learner chose, and the digest of the path last announced for it (null before the first). */
public record LearnerGoal(String learnerId, String goalSlug, Instant chosenAt, String pathSignature) {
}
