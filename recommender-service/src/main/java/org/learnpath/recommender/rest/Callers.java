package org.learnpath.recommender.rest;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.learnpath.recommender.model.AssignmentCaller;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.Roles;
import org.learnpath.rest.security.Organizations;

/** The admin or manager behind a request to the assignment and team report endpoints. */
final class Callers {

    private Callers() {
    }

    /** 401 for a token without a subject, 403 organization-required for one without an organization. */
    static AssignmentCaller of(JsonWebToken token, SecurityIdentity identity) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, 401, "The token has no subject");
        }
        return new AssignmentCaller(subject, Organizations.required(token), identity.hasRole(Roles.ADMIN));
    }
}
