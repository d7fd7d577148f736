package org.learnpath.recommender.model;

import org.learnpath.learner.AnswerObservation;

/**
 * An answer event as consumed: the observation, how long the learner took over it, where it was read from (partition, offset), which is the order a
 * learner's answers are applied in and the position a refit replays them in, the organization the event names (null
 * in events of revision 1.0), how to dead-letter its record if it must be refused once its learner is known, and
 * whether it is a placement answer (revision 1.3's purpose PLACEMENT: stored and linked to the learner's placement,
 * never traced).
 */
public record ConsumedAnswer(AnswerObservation answer, long responseTimeMillis, int partition, long offset,
        String organization, Refusal refusal, boolean placement) {

    /** An ordinary answer (study or practice). */
    public ConsumedAnswer(AnswerObservation answer, long responseTimeMillis, int partition, long offset,
            String organization, Refusal refusal) {
        this(answer, responseTimeMillis, partition, offset, organization, refusal, false);
    }

    /** Makes the dead letter of the answer's record, the way the consumer makes every dead letter. */
    @FunctionalInterface
    public interface Refusal {
        DeadLetter deadLetter(String reason);
    }
}
