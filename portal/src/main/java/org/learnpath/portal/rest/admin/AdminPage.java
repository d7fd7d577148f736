package org.learnpath.portal.rest.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.rest.author.Pages;
import org.learnpath.portal.service.admin.ModelAdmin;
import org.learnpath.portal.service.admin.RefitNotice;
import org.learnpath.portal.service.admin.SkillParameterRow;

/** The admin's page: refit the learner model now, and every skill's fitted parameters. */
@Path("/admin")
@RolesAllowed("admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPage {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance admin(RefitNotice refit, String refitError, List<SkillParameterRow> skills,
                String parametersError);
    }

    private final ModelAdmin model;

    public AdminPage(ModelAdmin model) {
        this.model = model;
    }

    @GET
    public TemplateInstance show(@Context UriInfo uri) {
        RefitNotice refit = RefitNotice.fromQuery(name -> uri.getQueryParameters().getFirst(name)).orElse(null);
        return page(refit, null);
    }

    /** Runs the refit, then shows its result on the GET page (a reload does not refit again). */
    @POST
    @Path("refit")
    public Response refit() {
        try {
            RefitNotice notice = RefitNotice.of(model.refit());
            UriBuilder target = UriBuilder.fromPath("/admin");
            notice.toQuery().forEach((name, value) -> target.queryParam(name, "{" + name + "}"));
            return Pages.seeOther(target.buildFromMap(new java.util.HashMap<String, Object>(notice.toQuery())));
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            String why = problem.detail() == null ? problem.title() : problem.title() + ": " + problem.detail();
            return Pages.html(problem.status() >= 500 ? 502 : problem.status(),
                    page(null, "The refit did not run. " + why));
        }
    }

    private TemplateInstance page(RefitNotice refit, String refitError) {
        List<SkillParameterRow> skills = List.of();
        String parametersError = null;
        try {
            skills = model.parameters();
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            parametersError = "The fitted parameters cannot be shown now: " + problem.title() + ".";
        }
        return Templates.admin(refit, refitError, skills, parametersError);
    }
}
