package org.learnpath.recommender.model;

import org.learnpath.learner.AnswerObservation;

/**
 * An answer event as consumed: the observation, and where it was read from (partition, offset), which is the order
 * a learner's answers are applied in and the position a refit replays them in.
 */
public record ConsumedAnswer(AnswerObservation answer, int partition, long offset) {
}
