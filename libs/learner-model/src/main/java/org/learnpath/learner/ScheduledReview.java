package org.learnpath.learner;

import java.time.Instant;

/**
 * A learnt skill and when forgetting brings it back below the mastery threshold.
 *
 * @param mastery current (decayed) mastery
 * @param dueAt   when the decayed mastery reaches the threshold
 * @param due     whether it is below the threshold now
 */
public record ScheduledReview(String skillCode, String moduleSlug, double mastery, Instant dueAt, boolean due) {
}
