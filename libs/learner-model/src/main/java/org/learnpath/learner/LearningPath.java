package org.learnpath.learner;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A learner's path to a goal at one instant.
 *
 * @param modules  the goal's modules and everything they require, in study order, each with its status
 * @param reviews  every learnt skill of the path with the time it falls (or fell) below the threshold, soonest
 *                 first
 * @param nextStep what to do now
 * @param certification how sure the model is, on evidence, that every skill of the goal is known, and what remains
 *                      to check before the goal is complete
 */
public record LearningPath(String goalSlug, String learnerId, Instant at, List<ModuleProgress> modules,
        List<ScheduledReview> reviews, Step nextStep, GoalCertification certification) {

    public LearningPath {
        modules = List.copyOf(modules);
        reviews = List.copyOf(reviews);
    }

    public Optional<ModuleProgress> module(String slug) {
        return modules.stream().filter(m -> m.moduleSlug().equals(slug)).findFirst();
    }

    /** Every module mastered and the goal certified (see {@link GoalCertification}). */
    public boolean complete() {
        return nextStep.kind() == StepKind.GOAL_COMPLETE;
    }
}
