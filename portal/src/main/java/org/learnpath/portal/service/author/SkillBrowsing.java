package org.learnpath.portal.service.author;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.learnpath.portal.model.ModuleArea;
import org.learnpath.portal.model.SkillPage;
import org.learnpath.portal.repository.CatalogClient;

/** Authors look up the catalog's skills: by words of their code, name or description, and by area. */
@ApplicationScoped
public class SkillBrowsing {

    static final int PAGE_SIZE = 50;

    private final CatalogClient catalog;

    public SkillBrowsing(@RestClient CatalogClient catalog) {
        this.catalog = catalog;
    }

    /** An area that is none of the catalog's is ignored rather than refused (it can only come from an edited address). */
    public SkillPage search(String text, String area, int page) {
        String q = FormText.searchText(text);
        String a = FormText.choice(area, ModuleArea.class).map(Enum::name).orElse(null);
        return Remote.call(ModuleAuthoring.SERVICE, () -> catalog.searchSkills(q, a, Math.max(0, page), PAGE_SIZE));
    }
}
