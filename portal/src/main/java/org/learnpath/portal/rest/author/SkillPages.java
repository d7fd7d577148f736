package org.learnpath.portal.rest.author;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.learnpath.portal.model.SkillPage;
import org.learnpath.portal.service.author.ModuleForms;
import org.learnpath.portal.service.author.Option;
import org.learnpath.portal.service.author.SkillBrowsing;
import org.learnpath.portal.service.author.SkillChecks;

/**
 * The catalog's skills for authors: search them, and go from a skill to the modules and items that teach it and to
 * its item checks.
 */
@Path("/author/skills")
@RolesAllowed({ "author", "admin" })
@Produces(MediaType.TEXT_HTML)
public class SkillPages {

    @CheckedTemplate(basePath = "author")
    static class Templates {
        static native TemplateInstance skills(SkillPage page, String q, List<Option> areas, Paging paging);

        static native TemplateInstance skill(SkillChecks checks);
    }

    private final SkillBrowsing skills;

    public SkillPages(SkillBrowsing skills) {
        this.skills = skills;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("area") String area,
            @QueryParam("page") String page) {
        SkillPage result = skills.search(q, area, Pages.pageNumber(page));
        Paging paging = Paging.of("/author/skills", Paging.filters("q", q, "area", area), result.page(),
                result.size(), result.total());
        return Templates.skills(result, q == null ? "" : q, ModuleForms.areaOptions(area), paging);
    }

    /** One skill: where it is taught and tested, and how its items fare in the item checks. */
    @GET
    @Path("{code}")
    public TemplateInstance show(@PathParam("code") String code) {
        return Templates.skill(skills.checks(code));
    }
}
