package org.learnpath.portal.service.author;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.model.ModuleArea;
import org.learnpath.portal.model.ModuleDetails;
import org.learnpath.portal.model.ModuleLevel;
import org.learnpath.portal.model.ModulePage;
import org.learnpath.portal.model.ModuleWrite;
import org.learnpath.portal.repository.CatalogClient;

/** Authors' work on the catalog's modules: search, read with version, create, edit, delete (admins). */
@ApplicationScoped
public class ModuleAuthoring {

    static final String SERVICE = "catalog";
    static final int PAGE_SIZE = 50;
    private static final Set<String> FIELDS = Set.of(ModuleForm.FIELDS);
    // The catalog's names for nested resource fields, which the form has in one textarea.
    private static final Map<String, String> ALIASES = Map.of("url", "resources", "kind", "resources");

    private final CatalogClient catalog;

    public ModuleAuthoring(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    /**
     * Modules matching the search; an area or level that is none of the catalog's is ignored rather than refused
     * (it can only come from an edited address).
     */
    public ModulePage search(String text, String area, String level, String skill, int page) {
        String q = FormText.searchText(text);
        String a = FormText.choice(area, ModuleArea.class).map(Enum::name).orElse(null);
        String l = FormText.choice(level, ModuleLevel.class).map(Enum::name).orElse(null);
        String s = FormText.key(skill).orElse(null);
        return Remote.call(SERVICE, () -> catalog.searchModules(q, a, l, s, Math.max(0, page), PAGE_SIZE));
    }

    public Tagged<ModuleDetails> load(String slug) {
        return Remote.tagged(SERVICE, () -> catalog.module(slug), ModuleDetails::version);
    }

    public List<GoalDetails> goalsContaining(String slug) {
        return Remote.call(SERVICE, () -> catalog.goalsContaining(slug));
    }

    public Submission<String> create(ModuleForm form) {
        Parsed<ModuleWrite> parsed = ModuleForms.parse(form, true);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        try {
            ModuleDetails created = Remote.call(SERVICE, () -> catalog.createModule(parsed.value())).getEntity();
            return Submission.saved(created == null ? parsed.value().slug() : created.slug());
        } catch (ApiProblem problem) {
            if (problem.status() == 409 && problem.fieldErrors().isEmpty()) {
                // The only conflict of a creation: the slug is taken.
                return Submission.refused(new Refusal(409, FieldErrors.none().add("slug",
                        "A module with this slug exists already: choose another."), null, null));
            }
            return Submission.refused(Refusals.of(problem, "module", FIELDS, ALIASES));
        }
    }

    public Submission<String> update(String slug, ModuleForm form) {
        Parsed<ModuleWrite> parsed = ModuleForms.parse(form, false);
        if (!parsed.ok()) {
            return Submission.refused(Refusal.invalid(parsed.errors()));
        }
        if (form.etag().isBlank()) {
            return Submission.refused(Refusals.noVersion());
        }
        try {
            Remote.call(SERVICE, () -> catalog.updateModule(slug, form.etag(), parsed.value()));
            return Submission.saved(slug);
        } catch (ApiProblem problem) {
            return Submission.refused(Refusals.of(problem, "module", FIELDS, ALIASES));
        }
    }

    /** Deletes a module (admins); the refusal's form error says why not, such as modules that still require it. */
    public Submission<String> delete(String slug, boolean confirmed) {
        if (!confirmed) {
            return Submission.refused(new Refusal(400,
                    FieldErrors.none().add("confirm", "Tick the box to confirm that the module should go."), null,
                    null));
        }
        try {
            Remote.run(SERVICE, () -> catalog.deleteModule(slug));
            return Submission.saved(slug);
        } catch (ApiProblem problem) {
            return Submission.refused(Refusals.of(problem, "module", Set.of(), Map.of()));
        }
    }
}
