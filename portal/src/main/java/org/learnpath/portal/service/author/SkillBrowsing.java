package org.learnpath.portal.service.author;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.ModuleArea;
import org.learnpath.portal.model.SkillInfo;
import org.learnpath.portal.model.SkillLint;
import org.learnpath.portal.model.SkillPage;
import org.learnpath.portal.repository.CatalogClient;
import org.learnpath.portal.repository.ReportClient;

/**
 * Authors look up the catalog's skills: by words of their code, name or description, and by area; and one skill's
 * item checks (the assessment service's linter report).
 */
@ApplicationScoped
public class SkillBrowsing {

    static final int PAGE_SIZE = 50;
    /** The service's largest page of a lint report; the most flagged items come first. */
    static final int LINT_PAGE_SIZE = 100;
    /** Pages read at most for the flagged items: a skill with more than this shows "at least". */
    static final int LINT_PAGES = 5;
    private static final Logger LOG = Logger.getLogger(SkillBrowsing.class);

    private final CatalogClient catalog;
    private final ReportClient reports;

    public SkillBrowsing(@RestClient CatalogClient catalog, @RestClient ReportClient reports) {
        this.catalog = catalog;
        this.reports = reports;
    }

    /** An area that is none of the catalog's is ignored rather than refused (it can only come from an edited address). */
    public SkillPage search(String text, String area, int page) {
        String q = FormText.searchText(text);
        String a = FormText.choice(area, ModuleArea.class).map(Enum::name).orElse(null);
        return Remote.call(ModuleAuthoring.SERVICE, () -> catalog.searchSkills(q, a, Math.max(0, page), PAGE_SIZE));
    }

    /**
     * A skill's item checks. A code that is no skill code names no skill (404), as does one the service knows
     * neither items nor a catalog entry of; a service that cannot tell now leaves a note instead of failing the page.
     */
    public SkillChecks checks(String code) {
        String c = FormText.key(code).filter(k -> k.length() <= 64)
                .orElseThrow(() -> new ApiProblem(404, "Not found", "There is no skill with this code.", null, null));
        String name = name(c);
        List<SkillChecks.Flagged> flagged = new ArrayList<>();
        SkillLint first = null;
        boolean more = false;
        try {
            // Items come most flagged first: reading stops at the first item without warnings.
            for (int page = 0; page < LINT_PAGES; page++) {
                int p = page;
                SkillLint report = Remote.call(ItemAuthoring.SERVICE, () -> reports.skillLint(c, p, LINT_PAGE_SIZE));
                first = first == null ? report : first;
                List<SkillLint.Item> items = report.items().items();
                items.stream().filter(i -> !i.findings().isEmpty()).map(SkillChecks.Flagged::of).forEach(flagged::add);
                boolean allFlagged = !items.isEmpty() && !items.get(items.size() - 1).findings().isEmpty();
                boolean lastPage = (long) (page + 1) * LINT_PAGE_SIZE >= report.items().total();
                if (!allFlagged || lastPage) {
                    more = false;
                    break;
                }
                more = true;
            }
        } catch (ApiProblem problem) {
            if (problem.status() == 404 || problem.status() == 403) {
                throw problem;
            }
            LOG.debugf("No lint report for skill %s: %s", c, problem.getMessage());
            return new SkillChecks(c, name, null, "not available right now", List.of(), false);
        }
        return new SkillChecks(c, name, first, null, flagged, more);
    }

    /** The skill's name in the catalog; the page does without it when the catalog cannot tell. */
    private String name(String code) {
        try {
            SkillPage found = Remote.call(ModuleAuthoring.SERVICE, () -> catalog.searchSkills(code, null, 0, PAGE_SIZE));
            return found.items().stream().filter(s -> code.equals(s.code())).map(SkillInfo::name).findFirst()
                    .orElse(null);
        } catch (ApiProblem problem) {
            return null;
        }
    }
}
