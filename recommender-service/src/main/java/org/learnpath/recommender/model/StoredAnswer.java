package org.learnpath.recommender.model;

import org.learnpath.learner.AnswerObservation;

/**
 * A stored answer as a replay reads it: the observation, whether it was a placement answer (kept, never traced) and
 * its position in application order.
 */
public record StoredAnswer(AnswerObservation answer, boolean placement, AnswerPosition position) {
}
