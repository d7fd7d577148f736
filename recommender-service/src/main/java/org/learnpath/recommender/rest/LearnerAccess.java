package org.learnpath.recommender.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.learnpath.recommender.model.Learner;
import org.learnpath.recommender.service.LearnerOrganizations;
import org.learnpath.recommender.service.TeamDirectory;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.Roles;
import org.learnpath.rest.security.Organizations;

/**
 * Resolves the learner a request is about. "me" is the caller (the token's subject, never a value a client could
 * set); any other id is allowed for admins and integration service accounts, and for a learner only if it is
 * their own. A manager (without the admin or integration role) may read ({@link #read}) the progress of the members
 * of the teams they manage in their organization, and change nothing of it: {@link #resolve}, used by the writes,
 * refuses a manager any other learner's id with 403 before looking anything up, so the refusal tells nothing about the
 * id. A manager reading a learner who is not a member of one of their teams gets the 404 of a learner that does not
 * exist, whether the learner exists or not.
 *
 * <p>A learner's data belongs to their organization, so every such request needs a token naming one (else 403
 * organization-required). The caller's own request records their organization the first time they are seen. Another
 * caller reaches only learners already known in the caller's organization. A learner of another organization, or a
 * learner whose own token names another organization than the one recorded, gets exactly the 404 of a learner that
 * does not exist: the answer never tells that the id is taken elsewhere.
 */
@RequestScoped
public class LearnerAccess {

    static final String ME = "me";

    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final LearnerOrganizations organizations;
    private final TeamDirectory teams;

    public LearnerAccess(JsonWebToken token, SecurityIdentity identity, LearnerOrganizations organizations,
            TeamDirectory teams) {
        this.token = token;
        this.identity = identity;
        this.organizations = organizations;
        this.teams = teams;
    }

    /** The learner a request that may change their data is about (a manager reaches only their own). */
    public Learner resolve(String learnerId) {
        return resolve(learnerId, false);
    }

    /** The learner a read-only request is about: a manager also reaches the members of the teams they manage. */
    public Learner read(String learnerId) {
        return resolve(learnerId, true);
    }

    private Learner resolve(String learnerId, boolean reading) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, 401, "The token has no subject");
        }
        boolean own = ME.equals(learnerId) || subject.equals(learnerId);
        boolean privileged = identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.INTEGRATION);
        boolean managing = !own && !privileged && identity.hasRole(Roles.MANAGER);
        if (managing && !reading) {
            throw new ProblemException(ProblemType.FORBIDDEN, 403,
                    "A manager can read the progress of their teams' members, not change it");
        }
        if (!own && !privileged && !managing) {
            throw new ProblemException(ProblemType.FORBIDDEN, 403, "A learner can only see their own progress");
        }
        String organization = Organizations.required(token);
        String id = own ? subject : learnerId;
        boolean known = own ? organizations.admitOwn(id, organization) : organizations.belongsTo(id, organization);
        if (known && managing) {
            known = teams.isMemberOfTeamManagedBy(id, subject, organization);
        }
        if (!known) {
            throw ProblemException.notFound("Learner", id);
        }
        return new Learner(id, organization);
    }
}
