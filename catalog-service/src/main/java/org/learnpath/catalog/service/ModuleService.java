package org.learnpath.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.LearningResource;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.catalog.repository.AdvisoryLocks;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.Problem;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;

@ApplicationScoped
public class ModuleService {

    private final CatalogEvents outbox;
    private final CatalogReadModel readModel;
    private final AdvisoryLocks locks;

    public ModuleService(CatalogEvents outbox, CatalogReadModel readModel, AdvisoryLocks locks) {
        this.outbox = outbox;
        this.readModel = readModel;
        this.locks = locks;
    }

    public Module get(String slug) {
        return Module.<Module>findByIdOptional(slug).orElseThrow(() -> ProblemException.notFound("Module", slug));
    }

    @Transactional
    public Module create(ModuleDraft request) {
        if (request.slug() == null) {
            throw ProblemException.invalid("slug", "must not be null");
        }
        rejectSelfReference(request.slug(), request);
        locks.lockPrerequisiteGraph();
        if (Module.findById(request.slug()) != null) {
            throw ProblemException.conflict("Module '" + request.slug() + "' already exists");
        }
        Module module = new Module();
        module.slug = request.slug();
        // A new module cannot close a cycle (nothing requires it yet), but taking the lock above keeps a
        // concurrent edit from seeing the graph without this module's edges.
        apply(module, request);
        module.persist();
        Module.flush();
        outbox.moduleChanged(module);
        readModel.changed();
        return module;
    }

    @Transactional
    public Module update(String slug, String ifMatch, ModuleDraft request) {
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.invalid("slug", "cannot change a module's slug (path has '" + slug + "')");
        }
        rejectSelfReference(slug, request);
        locks.lockPrerequisiteGraph();
        Module module = get(slug);
        IfMatch.require(ifMatch, module.version);
        PrerequisiteGraph proposed = new PrerequisiteGraph(Module.prerequisiteEdges())
                .withPrerequisites(slug, request.prerequisites());
        proposed.cycleThrough(slug).ifPresent(cycle -> {
            throw new ProblemException(ProblemType.PREREQUISITE_CYCLE, 409,
                    "These prerequisites would make a cycle: " + String.join(" requires ", cycle),
                    List.of(new Problem.FieldError("prerequisites", "would create a cycle")), Map.of("cycle", cycle));
        });
        apply(module, request);
        Module.flush();
        outbox.moduleChanged(module);
        readModel.changed();
        return module;
    }

    @Transactional
    public void delete(String slug, CatalogCaller caller) {
        locks.lockPrerequisiteGraph();
        Module module = get(slug);
        List<String> dependents = Module.slugsRequiring(slug);
        List<Goal> goals = Goal.containing(slug);
        // Goals of other organizations block the deletion too, but are only counted: naming them would show
        // this caller goals that do not exist for them.
        List<String> visibleGoals = goals.stream().filter(g -> caller.sees(g.organization)).map(g -> g.slug).toList();
        int otherGoals = goals.size() - visibleGoals.size();
        if (!dependents.isEmpty() || !goals.isEmpty()) {
            throw ProblemException.conflict("Module '" + slug + "' is still used"
                    + (dependents.isEmpty() ? "" : "; required by modules " + dependents)
                    + (visibleGoals.isEmpty() ? "" : "; part of goals " + visibleGoals)
                    + (otherGoals == 0 ? "" : "; part of " + otherGoals + " goal(s) of other organizations"));
        }
        module.delete();
        outbox.moduleDeleted(module);
        readModel.changed();
    }

    private void apply(Module module, ModuleDraft request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Skill> skills = References.skills(request.skills(), "skills", errors);
        Set<Module> prerequisites = References.modules(request.prerequisites(), "prerequisites", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        module.title = request.title().trim();
        module.summary = request.summary().trim();
        module.area = request.area();
        module.level = request.level();
        module.estimatedMinutes = request.estimatedMinutes();
        replace(module.outcomes, request.outcomes().stream().map(String::trim).toList());
        replace(module.resources, request.resources().stream()
                .map(r -> new LearningResource(r.title().trim(), r.url().trim(), r.kind())).toList(),
                (a, b) -> a.title.equals(b.title) && a.url.equals(b.url) && a.kind == b.kind);
        if (!module.skills.equals(skills)) {
            module.skills.clear();
            module.skills.addAll(skills);
        }
        if (!module.prerequisites.equals(prerequisites)) {
            module.prerequisites.clear();
            module.prerequisites.addAll(prerequisites);
        }
    }

    /** Strictly a one-module cycle, but a plain input mistake: answered as one. */
    private static void rejectSelfReference(String slug, ModuleDraft request) {
        int self = request.prerequisites().indexOf(slug);
        if (self >= 0) {
            throw ProblemException.invalid("prerequisites[" + self + "]", "a module cannot require itself");
        }
    }

    private static <T> void replace(List<T> current, List<T> next) {
        replace(current, next, Object::equals);
    }

    /** Replaces list contents only when they differ, so an unchanged module keeps its version. */
    private static <T> void replace(List<T> current, List<T> next, java.util.function.BiPredicate<T, T> same) {
        boolean equal = current.size() == next.size();
        for (int i = 0; equal && i < next.size(); i++) {
            equal = same.test(current.get(i), next.get(i));
        }
        if (!equal) {
            current.clear();
            current.addAll(next);
        }
    }
}
