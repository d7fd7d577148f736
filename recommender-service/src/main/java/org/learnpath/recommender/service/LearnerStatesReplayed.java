package org.learnpath.recommender.service;

import java.util.List;

/**
 * Fired inside each page's transaction of the replay of learner states after a refit, once the page's states are
 * written and before the commit, i.e. while the page holds the lock answer batches wait for (see {@link ReplayGate}).
 *
 * <p>A test hook: production code does not observe it. RefitReplayTest holds a page here while answers of its
 * learners, and of learners before and after it, arrive; an event nobody observes costs next to nothing.
 *
 * @param learners the page's learners, in the order replayed
 * @param answers  the answers replayed for them
 */
public record LearnerStatesReplayed(List<String> learners, long answers) {
}
