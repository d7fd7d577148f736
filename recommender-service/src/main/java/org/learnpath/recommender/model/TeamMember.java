package org.learnpath.recommender.model;

/** A member of a team: a learner (Keycloak subject) and the name the HR system gives them (null when none). */
public record TeamMember(String learnerId, String displayName) {
}
