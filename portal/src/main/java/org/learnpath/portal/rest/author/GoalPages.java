package org.learnpath.portal.rest.author;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.GoalAuthoring;
import org.learnpath.portal.service.author.GoalForm;
import org.learnpath.portal.service.author.GoalForms;
import org.learnpath.portal.service.author.Refusal;
import org.learnpath.portal.service.author.Submission;
import org.learnpath.portal.service.author.Tagged;

/** The catalog's learning goals for authors: list, create, edit (with the version opened). */
@Path("/author/goals")
@RolesAllowed({ "author", "admin" })
@Produces(MediaType.TEXT_HTML)
public class GoalPages {

    @CheckedTemplate(basePath = "author")
    static class Templates {
        static native TemplateInstance goals(List<GoalDetails> goals);

        static native TemplateInstance goal(GoalView view);
    }

    private final GoalAuthoring goals;

    public GoalPages(GoalAuthoring goals) {
        this.goals = goals;
    }

    @GET
    public TemplateInstance list() {
        return Templates.goals(goals.list());
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.goal(view(true, null, GoalForm.empty(), null, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        GoalForm form = GoalForm.read(name -> Pages.first(body, name));
        Submission<String> outcome = goals.create(form);
        if (outcome.ok()) {
            return Pages.seeOther(saved(outcome.saved()));
        }
        return Pages.html(outcome.refusal().status(), Templates.goal(view(true, null, form, outcome.refusal(), null)));
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@PathParam("slug") String slug, @QueryParam("saved") String saved) {
        Tagged<GoalDetails> goal = goals.load(slug);
        return Templates.goal(view(false, goal.value().slug(), GoalForms.toForm(goal.value(), goal.etag()), null,
                saved == null ? null : "Saved"));
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, MultivaluedMap<String, String> body) {
        GoalForm form = GoalForm.read(name -> Pages.first(body, name));
        Submission<String> outcome = goals.update(slug, form);
        if (outcome.ok()) {
            return Pages.seeOther(saved(slug));
        }
        return Pages.html(outcome.refusal().status(), Templates.goal(view(false, slug, form, outcome.refusal(), null)));
    }

    private static java.net.URI saved(String slug) {
        return UriBuilder.fromPath("/author/goals/{slug}").queryParam("saved", "1").build(slug);
    }

    private static GoalView view(boolean creating, String slug, GoalForm form, Refusal refusal, String notice) {
        return new GoalView(creating, slug, creating ? "New goal" : "Edit goal " + slug, form,
                refusal == null ? FieldErrors.none() : refusal.errors(), refusal == null ? null : refusal.formError(),
                refusal == null ? null : refusal.reload(), notice);
    }
}
