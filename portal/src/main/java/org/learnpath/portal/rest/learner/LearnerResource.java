package org.learnpath.portal.rest.learner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.learnpath.portal.model.ApiProblem;
import org.learnpath.portal.model.PathView;
import org.learnpath.portal.service.learner.LearnerHome;
import org.learnpath.portal.service.learner.LearnerService;

/**
 * The learner's pages: {@code /learn} (goal picker, the placement assessment for the goal, then the path, the next
 * step, the item player, what "complete" means for the goal and the reviews; {@code ?goal=} shows an assigned goal's
 * path instead of the chosen goal's; {@code /learn/certification} is the block on "complete" alone, for the page's
 * script; {@code POST /learn/placement/skip} is the placement's Skip button without script), {@code /learn/assignments}
 * (the goals assigned to the learner) and {@code /learn/history} (the learner's own answers).
 */
@Path("/learn")
@RolesAllowed("learner")
@Produces(MediaType.TEXT_HTML)
public class LearnerResource {

    /** A goal slug as the catalog makes them. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PAGE = Pattern.compile("\\d{1,6}");
    private static final int LAST_PAGE = 100_000;

    @CheckedTemplate(basePath = "learner")
    static class Templates {
        static native TemplateInstance learn(LearnPage page);

        static native TemplateInstance history(HistoryPage page);

        static native TemplateInstance assignments(List<AssignmentRow> rows);

        static native TemplateInstance certification(CertificationBlock certification);
    }

    private final LearnerService learner;

    public LearnerResource(LearnerService learner) {
        this.learner = learner;
    }

    /** A {@code goal} that is not a goal slug is ignored: the page shows the chosen goal, as without one. */
    @GET
    public TemplateInstance learn(@QueryParam("goal") String goal) {
        String slug = goalSlug(goal);
        return Templates.learn(page(slug != null ? learner.home(slug) : learner.home()));
    }

    /**
     * Skips the placement assessment of {@code goal}, then shows the page again (the assigned goal's when
     * {@code viewing} is "true"). The page's script skips through the proxy without reloading; this form is the same
     * button without script. A placement completed meanwhile (409) shows the page too, as does a goal no longer
     * offered (404: the chosen goal's page).
     */
    @POST
    @Path("/placement/skip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skipPlacement(@FormParam("goal") String goal, @FormParam("viewing") String viewing) {
        String slug = goalSlug(goal);
        if (slug == null) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST);
        }
        URI back = URI.create("true".equals(viewing) ? "/learn?goal=" + slug : "/learn");
        try {
            learner.skipPlacement(slug);
        } catch (ApiProblem problem) {
            // Completed meanwhile (in another tab: 409) or no longer offered (404): the page shows how things stand,
            // as the script does, rather than an error page.
            if (problem.status() == 409) {
                return Response.seeOther(back).build();
            }
            if (problem.status() == 404) {
                return Response.seeOther(URI.create("/learn")).build();
            }
            throw problem;
        }
        return Response.seeOther(back).build();
    }

    /**
     * The page's block "What 'complete' means" alone (an HTML fragment), for the page's script to show the
     * certification as it changes after each answer; {@code goal} as for the page. 404 when there is none: no goal
     * chosen, a goal not offered, or a recommender that does not certify goals.
     */
    @GET
    @Path("/certification")
    public TemplateInstance certification(@QueryParam("goal") String goal) {
        String slug = goalSlug(goal);
        PathView path = learner.path(slug);
        CertificationBlock block = path == null ? null : CertificationBlock.of(path, slug);
        if (block == null) {
            throw new NotFoundException();
        }
        return Templates.certification(block);
    }

    @GET
    @Path("/assignments")
    public TemplateInstance assignments() {
        return Templates.assignments(AssignmentRow.of(learner.assignments(),
                AssignmentRow.todayEverywhere(Instant.now())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseGoal(@FormParam("goal") String goal) {
        String slug = goal == null ? "" : goal.trim();
        if (slug.isEmpty() || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
            return refused(400, slug, "Choose one of the goals in the list.", null);
        }
        try {
            learner.chooseGoal(slug);
        } catch (ApiProblem problem) {
            if (problem.status() == 403 || problem.status() >= 500 || problem.status() == 401) {
                throw problem;
            }
            String field = problem.fieldErrors().get("goalSlug");
            return refused(problem.status(), slug, field != null ? "This goal cannot be chosen: " + field : null,
                    field != null ? null : problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        }
        return Response.seeOther(URI.create("/learn")).build();
    }

    @GET
    @Path("/history")
    public TemplateInstance history(@QueryParam("page") String page) {
        int number = 0;
        if (page != null && !page.isEmpty()) {
            if (!PAGE.matcher(page).matches() || Integer.parseInt(page) > LAST_PAGE) {
                throw new WebApplicationException(Response.Status.BAD_REQUEST);
            }
            number = Integer.parseInt(page);
        }
        return Templates.history(HistoryPage.of(learner.history(number)));
    }

    private LearnPage page(LearnerHome home) {
        return LearnPage.of(home, placement(home));
    }

    /** The placement block for the goal whose path the page shows; null without a path. */
    private PlacementBlock placement(LearnerHome home) {
        if (!home.hasPath()) {
            return null;
        }
        boolean viewing = home.viewing() != null;
        String goal = viewing ? home.viewing()
                : home.path().goalSlug() != null ? home.path().goalSlug() : home.chosenSlug();
        if (goal == null) {
            return null;
        }
        try {
            return PlacementBlock.of(learner.placement(goal), goal, viewing);
        } catch (ApiProblem problem) {
            // The placement is an offer beside the path, which the page still shows; the element asks again itself
            // and shows the recommender's refusal with a retry.
            return PlacementBlock.unknown(goal, viewing);
        }
    }

    /** The goal a {@code goal} parameter names, or null when it is absent or not a goal slug. */
    private static String goalSlug(String goal) {
        String slug = goal == null ? "" : goal.strip();
        return !slug.isEmpty() && slug.length() <= 80 && SLUG.matcher(slug).matches() ? slug : null;
    }

    private Response refused(int status, String selected, String goalError, String formError) {
        LearnPage page = page(learner.home()).refused(selected, goalError, formError);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.learn(page).render()).build();
    }
}
