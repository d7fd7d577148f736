package org.learnpath.portal.rest.manage;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.LearnerGoalOption;
import org.learnpath.portal.model.TeamDetails;
import org.learnpath.portal.model.TeamPage;
import org.learnpath.portal.rest.author.Pages;
import org.learnpath.portal.rest.author.Paging;
import org.learnpath.portal.service.author.FieldErrors;
import org.learnpath.portal.service.author.Option;
import org.learnpath.portal.service.author.Refusal;
import org.learnpath.portal.service.author.Submission;
import org.learnpath.portal.service.author.Tagged;
import org.learnpath.portal.service.manage.AssignForm;
import org.learnpath.portal.service.manage.AssignmentManagement;
import org.learnpath.portal.service.manage.TeamForm;
import org.learnpath.portal.service.manage.TeamForms;
import org.learnpath.portal.service.manage.TeamManagement;

/**
 * Teams for managers and admins: the list (a manager's own teams), a team's page with its members and the form that
 * assigns it a goal, and for admins the forms that create, edit (with the version opened) and delete a team.
 */
@Path("/manage/teams")
@RolesAllowed({ "manager", "admin" })
@Produces(MediaType.TEXT_HTML)
public class TeamPages {

    @CheckedTemplate(basePath = "manage", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance teams(TeamPage page, Paging paging, String notice);

        static native TemplateInstance team(TeamView view);

        static native TemplateInstance teamForm(TeamFormView view);
    }

    private final TeamManagement teams;
    private final AssignmentManagement assignments;

    public TeamPages(TeamManagement teams, AssignmentManagement assignments) {
        this.teams = teams;
        this.assignments = assignments;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("deleted") String deleted) {
        TeamPage result = teams.list(Pages.pageNumber(page));
        Paging paging = Paging.of("/manage/teams", Paging.filters(), result.page(), result.size(), result.total());
        return Templates.teams(result, paging, deleted != null ? "The team was deleted." : null);
    }

    @GET
    @Path("new")
    @RolesAllowed("admin")
    public TemplateInstance create() {
        return Templates.teamForm(formView(true, null, TeamForm.empty(), null));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> body) {
        TeamForm form = TeamForm.read(name -> Pages.first(body, name));
        Submission<UUID> outcome = teams.create(form);
        if (outcome.ok()) {
            return Pages.seeOther(teamPage(outcome.saved().toString(), "saved"));
        }
        return Pages.html(outcome.refusal().status(),
                Templates.teamForm(formView(true, null, form, outcome.refusal())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("saved") String saved) {
        return Templates.team(view(teams.load(id).value(), AssignForm.empty(), null, null,
                saved != null ? "Saved." : null));
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed("admin")
    public TemplateInstance edit(@PathParam("id") String id) {
        Tagged<TeamDetails> team = teams.load(id);
        return Templates.teamForm(formView(false, team.value().id().toString(),
                TeamForms.toForm(team.value(), team.etag()), null));
    }

    @POST
    @Path("{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        TeamForm form = TeamForm.read(name -> Pages.first(body, name));
        Submission<UUID> outcome = teams.update(id, form);
        if (outcome.ok()) {
            return Pages.seeOther(teamPage(outcome.saved().toString(), "saved"));
        }
        return Pages.html(outcome.refusal().status(),
                Templates.teamForm(formView(false, id, form, outcome.refusal())));
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        Submission<UUID> outcome = teams.delete(id, "yes".equals(Pages.first(body, "confirm")));
        if (outcome.ok()) {
            return Pages.seeOther(UriBuilder.fromPath("/manage/teams").queryParam("deleted", "1").build());
        }
        Refusal refusal = outcome.refusal();
        TeamView page = view(teams.load(id).value(), AssignForm.empty(), null, refusal, null);
        return Pages.html(refusal.status(), Templates.team(page));
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") String id, MultivaluedMap<String, String> body) {
        AssignForm form = AssignForm.read(name -> Pages.first(body, name));
        Submission<UUID> outcome = assignments.assign(id, form);
        if (outcome.ok()) {
            return Pages.seeOther(UriBuilder.fromPath("/manage/assignments/{id}").queryParam("assigned", "1")
                    .build(outcome.saved().toString()));
        }
        return Pages.html(outcome.refusal().status(),
                Templates.team(view(teams.load(id).value(), form, outcome.refusal(), null, null)));
    }

    private TeamView view(TeamDetails team, AssignForm form, Refusal assignRefusal, Refusal deleteRefusal,
            String notice) {
        List<Option> goals = List.of();
        String goalsError = null;
        try {
            goals = assignments.goals().stream().map(g -> option(g, form.goal())).toList();
        } catch (ApiProblem problem) {
            if (problem.status() == 403) {
                throw problem;
            }
            goalsError = "The goals could not be loaded (" + problem.title() + "). Please try again in a moment.";
        }
        return new TeamView(team, goals, goalsError, form,
                assignRefusal == null ? FieldErrors.none() : assignRefusal.errors(),
                assignRefusal == null ? null : assignRefusal.formError(), notice,
                deleteRefusal == null ? FieldErrors.none() : deleteRefusal.errors(),
                deleteRefusal == null ? null : deleteRefusal.formError());
    }

    private static Option option(LearnerGoalOption goal, String selected) {
        return new Option(goal.slug(), goal.name() == null ? goal.slug() : goal.name(), goal.slug().equals(selected));
    }

    private static TeamFormView formView(boolean creating, String id, TeamForm form, Refusal refusal) {
        return new TeamFormView(creating, id, creating ? "New team" : "Edit team", form,
                refusal == null ? FieldErrors.none() : refusal.errors(), refusal == null ? null : refusal.formError(),
                refusal == null ? null : refusal.reload());
    }

    private static URI teamPage(String id, String notice) {
        return UriBuilder.fromPath("/manage/teams/{id}").queryParam(notice, "1").build(id);
    }
}
