package org.learnpath.portal.service.author;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.model.GoalWrite;
import org.learnpath.portal.repository.CatalogClient;

/** Authors' work on the catalog's learning goals: list, read with version, create, edit. */
@ApplicationScoped
public class GoalAuthoring {

    private static final Set<String> FIELDS = Set.of(GoalForm.FIELDS);

    private final CatalogClient catalog;

    public GoalAuthoring(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    public List<GoalDetails> list() {
        return Remote.call(ModuleAuthoring.SERVICE, catalog::goals).stream()
                .sorted(Comparator.comparing(GoalDetails::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Tagged<GoalDetails> load(String slug) {
        return Remote.tagged(ModuleAuthoring.SERVICE, () -> catalog.goal(slug), GoalDetails::version);
    }

    public Submission<String> create(GoalForm form) {
        Parsed<GoalWrite> parsed = GoalForms.parse(form, true);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        try {
            GoalDetails created = Remote.call(ModuleAuthoring.SERVICE, () -> catalog.createGoal(parsed.value()))
                    .getEntity();
            return Submission.saved(created == null ? parsed.value().slug() : created.slug());
        } catch (ApiProblem problem) {
            if (problem.status() == 409 && problem.fieldErrors().isEmpty()) {
                return Submission.refused(new Refusal(409, FieldErrors.none().add("slug",
                        "A goal with this slug exists already: choose another."), null, null));
            }
            return Submission.refused(Refusals.of(problem, "goal", FIELDS, Map.of()));
        }
    }

    public Submission<String> update(String slug, GoalForm form) {
        Parsed<GoalWrite> parsed = GoalForms.parse(form, false);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        if (form.etag().isBlank()) {
            return Submission.refused(Refusals.noVersion());
        }
        try {
            Remote.call(ModuleAuthoring.SERVICE, () -> catalog.updateGoal(slug, form.etag(), parsed.value()));
            return Submission.saved(slug);
        } catch (ApiProblem problem) {
            return Submission.refused(Refusals.of(problem, "goal", FIELDS, Map.of()));
        }
    }
}
