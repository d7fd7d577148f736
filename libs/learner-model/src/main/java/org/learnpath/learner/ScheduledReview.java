package org.learnpath.learner;

import java.time.Instant;

/**
 * A learnt skill and when it is due for review: with a memory model ({@link ModelConfig#memory()}), when its predicted
 * recall falls to the target ({@link PlannerConfig#targetRecall()}, not sooner than the minimum gap after its last
 * answer); without one, when forgetting brings its mastery back below the mastery threshold.
 *
 * @param mastery current mastery (decayed, without a memory model)
 * @param dueAt   when the review is due
 * @param due     whether it is due now
 * @param recall  predicted recall now with a memory model; {@code NaN} without one
 */
public record ScheduledReview(String skillCode, String moduleSlug, double mastery, Instant dueAt, boolean due,
        double recall) {
}
