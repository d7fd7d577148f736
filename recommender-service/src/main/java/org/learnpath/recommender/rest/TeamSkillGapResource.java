package org.learnpath.recommender.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.recommender.config.ReportsConfig;
import org.learnpath.recommender.service.SkillGapReport;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/**
 * A team's skill gaps on any goal, before (or without) an assignment: for the organization's admins and the team's
 * managers; any other team is answered 404.
 */
@Path("/api/teams/{id}/skill-gaps")
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
@Tag(name = "Teams")
@SecurityRequirement(name = "SecurityScheme")
public class TeamSkillGapResource {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String SUMMARY = "Skill gaps of a team's members on a goal";
    private static final String DESCRIPTION = "Per skill of the goal (study order): how many of the team's members"
            + " now are NOT_STARTED, BEGINNING, DEVELOPING or MASTERED (the bands' mastery ranges are in the"
            + " response), and their mean mastery now. 400 for a goal not in the catalog for the organization."
            + " Paginated over skills from page 0; Accept: text/csv for the same page as CSV.";

    private final SkillGapReport gaps;
    private final ReportsConfig config;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public TeamSkillGapResource(SkillGapReport gaps, ReportsConfig config, JsonWebToken token,
            SecurityIdentity identity) {
        this.gaps = gaps;
        this.config = config;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    public SkillGapsView json(@PathParam("id") String id,
            @Parameter(description = "The goal's slug", required = true) @QueryParam("goal") String goal,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        if (goal == null || goal.isBlank()) {
            throw ProblemException.invalid("goal", "is required: the goal whose skills to report");
        }
        if (goal.length() > 80 || !SLUG.matcher(goal).matches()) {
            throw ProblemException.invalid("goal", "must be a goal slug");
        }
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        return SkillGapsView.of(gaps.ofTeam(Callers.of(token, identity), QueryParams.uuid("id", id), goal, p, s), p,
                s);
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The page's skills as CSV (RFC 4180, a header row) in the"
            + " attachment " + AssignmentReportResource.SKILL_GAPS_FILE, content = @Content(
                    mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Response csv(@PathParam("id") String id, @QueryParam("goal") String goal, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Csv.attachment(AssignmentReportResource.SKILL_GAPS_FILE,
                Csv.table(SkillGapView.COLUMNS, json(id, goal, page, size).items()));
    }
}
