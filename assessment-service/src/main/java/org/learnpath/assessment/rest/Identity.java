package org.learnpath.assessment.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.security.Organizations;

/** Who is calling: the token's subject is the learner id, never a field a client could set. */
@RequestScoped
public class Identity {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public Identity(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public String subject() {
        String sub = token.getSubject();
        if (sub == null || sub.isBlank()) {
            throw new ProblemException(org.learnpath.rest.ProblemType.UNAUTHORIZED, 401, "The token has no subject");
        }
        return sub;
    }

    /**
     * The caller's organization, which every request about a learner's data needs: a 403 problem of type
     * organization-required when the token names none.
     */
    public String organization() {
        return Organizations.required(token);
    }

    /** The client or user that sent the request, recorded with integration answers for audit. */
    public String caller() {
        Object azp = token.getClaim("azp");
        return azp != null ? azp + ":" + subject() : subject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
