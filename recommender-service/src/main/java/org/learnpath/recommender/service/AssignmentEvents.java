package org.learnpath.recommender.service;

import java.time.Instant;
import java.util.List;
import org.learnpath.recommender.model.AssignmentCompletion;

/**
 * Announces completed assignments (the service's port; messaging implements it on the outbox), in the transaction
 * that records them, so that a completion is announced if and only if its record commits.
 */
public interface AssignmentEvents {

    /** Queued together, each keyed by its learner; {@code at} is when they were recorded. */
    void completed(List<AssignmentCompletion> completions, Instant at);
}
