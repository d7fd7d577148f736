package org.learnpath.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;

@ApplicationScoped
public class GoalService {

    private final CatalogEvents outbox;
    private final CatalogReadModel readModel;

    public GoalService(CatalogEvents outbox, CatalogReadModel readModel) {
        this.outbox = outbox;
        this.readModel = readModel;
    }

    public Goal get(String slug) {
        return Goal.<Goal>findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("Goal", slug));
    }

    @Transactional
    public Goal create(GoalDraft request) {
        if (request.slug() == null) {
            throw ProblemException.invalid("slug", "must not be null");
        }
        if (Goal.findById(request.slug()) != null) {
            throw ProblemException.conflict("Goal '" + request.slug() + "' already exists");
        }
        Goal goal = new Goal();
        goal.slug = request.slug();
        apply(goal, request);
        goal.persist();
        Goal.flush();
        outbox.goalChanged(goal);
        readModel.changed();
        return goal;
    }

    @Transactional
    public Goal update(String slug, String ifMatch, GoalDraft request) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.invalid("slug", "cannot change a goal's slug (path has '" + slug + "')");
        }
        Goal goal = get(slug);
        IfMatch.require(ifMatch, goal.version);
        apply(goal, request);
        Goal.flush();
        outbox.goalChanged(goal);
        readModel.changed();
        return goal;
    }

    @Transactional
    public void delete(String slug) {
        Goal goal = get(slug);
        goal.delete();
        outbox.goalDeleted(goal);
        readModel.changed();
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
