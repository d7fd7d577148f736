package org.learnpath.events.progress;

/**
 * A learner's progress on assigned learning (an assignment completed), keyed by learner id so that one learner's
 * records stay in order. HR and learning-record systems subscribe to it. Retained, not compacted: each completion is
 * a fact.
 */
public final class ProgressTopic {

    public static final String NAME = "learnpath.progress.v1";

    private ProgressTopic() {
    }
}
