package org.learnpath.portal.service.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.RefitResult;
import org.learnpath.portal.model.SkillPage;
import org.learnpath.portal.model.SkillParameters;
import org.learnpath.portal.repository.CatalogClient;
import org.learnpath.portal.repository.ModelClient;
import org.learnpath.portal.service.author.Remote;

/** The admin's view of the learner model: run a refit, read every skill's fitted parameters with its name. */
@ApplicationScoped
public class ModelAdmin {

    private static final Logger LOG = Logger.getLogger(ModelAdmin.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** The catalog's largest page; a catalog of more skills than pages times this shows codes only for the rest. */
    static final int SKILL_PAGE = 100;
    static final int MAX_SKILL_PAGES = 20;

    private final ModelClient model;
    private final CatalogClient catalog;

    public ModelAdmin(@RestClient ModelClient model, @RestClient CatalogClient catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    public RefitResult refit() {
        return Remote.call("recommender", model::refit);
    }

    public List<SkillParameterRow> parameters() {
        List<SkillParameters> fitted = Remote.call("recommender", model::skillParameters);
        return rows(fitted, skillNames());
    }

    /** The table's rows, by skill code; a skill the catalog does not name shows its code only. */
    static List<SkillParameterRow> rows(List<SkillParameters> fitted, Map<String, String> names) {
        return fitted.stream().sorted(Comparator.comparing(SkillParameters::skillCode))
                .map(p -> new SkillParameterRow(p.skillCode(), names.getOrDefault(p.skillCode(), ""),
                        probability(p.prior()), probability(p.learn()), probability(p.guess()),
                        probability(p.slip()), p.sequences(), p.answers(),
                        p.fittedAt() == null ? "" : WHEN.format(p.fittedAt())))
                .toList();
    }

    static String probability(double p) {
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** Skill names are a courtesy: without the catalog the table still shows the codes. */
    private Map<String, String> skillNames() {
        Map<String, String> names = new HashMap<>();
        try {
            for (int page = 0; page < MAX_SKILL_PAGES; page++) {
                int p = page;
                SkillPage skills = Remote.call("catalog", () -> catalog.skills(p, SKILL_PAGE));
                skills.items().forEach(s -> names.put(s.code(), s.name()));
                if (skills.items().size() < SKILL_PAGE || (long) (page + 1) * SKILL_PAGE >= skills.total()) {
                    break;
                }
            }
        } catch (ApiProblem problem) {
            LOG.debugf("Skill names unavailable: %s", problem.getMessage());
        }
        return names;
    }
}
