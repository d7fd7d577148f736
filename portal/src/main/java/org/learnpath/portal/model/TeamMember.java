package org.learnpath.portal.model;

/** A member of a team: the learner's id (Keycloak subject) and, if the HR system gave one, their name. */
public record TeamMember(String learnerId, String name) {
}
