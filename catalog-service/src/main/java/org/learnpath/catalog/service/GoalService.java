package org.learnpath.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.learnpath.catalog.model.Audience;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.Roles;

/**
 * Writes goals. A shared goal ({@link Audience#EVERYONE}) is curriculum: authors and admins write it, admins delete
 * it. An organization's own goal is that organization's business: its admins and managers write and delete it, and
 * for everyone else it does not exist (404, exactly as an unknown slug), so that no other organization learns of it.
 */
@ApplicationScoped
public class GoalService {

    private final CatalogEvents outbox;
    private final CatalogReadModel readModel;

    public GoalService(CatalogEvents outbox, CatalogReadModel readModel) {
        this.outbox = outbox;
        this.readModel = readModel;
    }

    /** The goal, if the caller may see it; otherwise the same 404 as for a slug that does not exist. */
    public Goal get(String slug, CatalogCaller caller) {
        return Goal.<Goal>findByIdOptional(slug).filter(goal -> caller.sees(goal.organization))
                .orElseThrow(() -> ProblemException.notFound("Goal", slug));
    }

    /**
     * Slugs stay unique across organizations (other services and events name goals by slug alone), so creating a
     * goal under a slug another organization took is a 409: that tells only that the slug is taken, nothing of
     * the goal.
     */
    @Transactional
    public Goal create(GoalDraft request, CatalogCaller caller) {
        if (request.slug() == null) {
            throw ProblemException.invalid("slug", "must not be null");
        }
        Audience audience = request.audience() == null ? Audience.EVERYONE : request.audience();
        requireMayWrite(audience, caller);
        String organization = audience == Audience.ORGANIZATION ? caller.requiredOrganization() : null;
        if (Goal.findById(request.slug()) != null) {
            throw ProblemException.conflict("Goal '" + request.slug() + "' already exists");
        }
        Goal goal = new Goal();
        goal.slug = request.slug();
        goal.organization = organization;
        apply(goal, request);
        goal.persist();
        Goal.flush();
        outbox.goalChanged(goal);
        readModel.changed();
        return goal;
    }

    @Transactional
    public Goal update(String slug, String ifMatch, GoalDraft request, CatalogCaller caller) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.invalid("slug", "cannot change a goal's slug (path has '" + slug + "')");
        }
        Goal goal = get(slug, caller);
        requireMayWrite(goal.audience(), caller);
        if (request.audience() != null && request.audience() != goal.audience()) {
            throw ProblemException.invalid("audience", "cannot change a goal's audience (this goal's is "
                    + goal.audience() + "): create a new goal instead");
        }
        IfMatch.require(ifMatch, goal.version);
        apply(goal, request);
        Goal.flush();
        outbox.goalChanged(goal);
        readModel.changed();
        return goal;
    }

    @Transactional
    public void delete(String slug, CatalogCaller caller) {
        Goal goal = get(slug, caller);
        boolean allowed = goal.audience() == Audience.EVERYONE
                ? caller.hasRole(Roles.ADMIN)
                : caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.MANAGER);
        if (!allowed) {
            throw forbidden(goal.audience() == Audience.EVERYONE
                    ? "Only admins delete a goal everyone sees"
                    : "Only admins and managers of its organization delete an organization's goal");
        }
        goal.delete();
        outbox.goalDeleted(goal);
        readModel.changed();
    }

    private static void requireMayWrite(Audience audience, CatalogCaller caller) {
        if (audience == Audience.EVERYONE && !caller.hasRole(Roles.AUTHOR) && !caller.hasRole(Roles.ADMIN)) {
            throw forbidden("Only authors and admins write a goal everyone sees; a manager writes goals of the"
                    + " organization (audience ORGANIZATION)");
        }
        if (audience == Audience.ORGANIZATION && !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.MANAGER)) {
            throw forbidden("Only admins and managers of an organization write its goals");
        }
    }

    private static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, 403, detail);
    }

    private static void apply(Goal goal, GoalDraft request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Module> members = References.modules(request.modules(), "modules", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        goal.name = request.name().trim();
        goal.description = request.description().trim();
        if (!goal.modules.equals(members)) {
            goal.modules.clear();
            goal.modules.addAll(members);
        }
    }
}
