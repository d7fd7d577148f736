package org.learnpath.recommender.model;

/** A learner a request is about, known to belong to the organization of the caller. */
public record Learner(String id, String organization) {
}
