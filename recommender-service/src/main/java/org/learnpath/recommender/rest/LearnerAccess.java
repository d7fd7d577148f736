package org.learnpath.recommender.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.Roles;

/**
 * Resolves the learner a request is about. "me" is the caller (the token's subject, never a value a client could
 * set); any other id is allowed for admins and integration service accounts, and for a learner only if it is
 * their own.
 */
@RequestScoped
public class LearnerAccess {

    static final String ME = "me";

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public LearnerAccess(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String resolve(String learnerId) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, 401, "The token has no subject");
        }
        if (ME.equals(learnerId) || subject.equals(learnerId)) {
            return subject;
        }
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.INTEGRATION)) {
            return learnerId;
        }
        throw new ProblemException(ProblemType.FORBIDDEN, 403, "A learner can only see their own progress");
    }
}
