package org.learnpath.recommender.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnpath.learner.LearningPath;

/**
 * Announces learners' paths (the service's port; messaging implements it on the outbox), in the transaction of the
 * change that caused them, so that a path is announced if and only if the change that moved it commits.
 */
public interface PathEvents {

    /**
     * A learner's path as it now stands, the answer event that changed it (null: a goal chosen or a change of the
     * catalog), and the learner's organization (null when not known).
     */
    record PathChange(LearningPath path, UUID causedBy, String organization) {
    }

    /** Several learners' path changes, queued together (a batch of answers, a page of a sweep). */
    void pathsUpdated(List<PathChange> changes, Instant at);

    default void pathUpdated(LearningPath path, UUID causedBy, String organization, Instant at) {
        pathsUpdated(List.of(new PathChange(path, causedBy, organization)), at);
    }
}
