package org.learnpath.events.path;

/**
 * Path changes, keyed by learner id so that one learner's updates stay in order. Portals subscribe to show a
 * learner's new next step without polling. Retained, not compacted: each update is a fact; the current path is
 * served by the recommender's API.
 */
public final class PathTopic {

    public static final String NAME = "learnpath.paths.v1";

    private PathTopic() {
    }
}
