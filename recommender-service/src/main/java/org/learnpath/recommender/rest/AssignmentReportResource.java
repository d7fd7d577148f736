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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.learner.AssignmentStatus;
import org.learnpath.recommender.config.ReportsConfig;
import org.learnpath.recommender.service.AssignmentProgressReport;
import org.learnpath.recommender.service.SkillGapReport;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/**
 * An assignment's reports for its organization's admins and the managers who see it (as GET /api/assignments/{id}:
 * any other id is answered 404). JSON, or with Accept: text/csv the same page as a CSV attachment.
 */
@Path("/api/assignments/{id}")
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
@Tag(name = "Assignments")
@SecurityRequirement(name = "SecurityScheme")
public class AssignmentReportResource {

    static final String PROGRESS_FILE = "assignment-progress.csv";
    static final String SKILL_GAPS_FILE = "skill-gaps.csv";
    private static final String PROGRESS = "Team progress on an assignment";
    private static final String PROGRESS_DESCRIPTION = "Per learner: status (DONE, ON_TRACK, AT_RISK, OVERDUE: at"
            + " risk when the model's expected answers to mastery cannot be answered at the learner's recent pace"
            + " before the due date, or the learner has stopped; docs/forecast.md), share of the goal's skills"
            + " mastered, answers and time spent since the assignment on the goal's skills, last activity, projected"
            + " completion. Overdue and at-risk learners first; summary counts all learners by status; filter by"
            + " status; paginated from page 0. 409 when the goal is no longer in the catalog.";
    private static final String GAPS = "Skill gaps of an assignment's learners";
    private static final String GAPS_DESCRIPTION = "Per skill of the goal (study order): how many of the"
            + " assignment's learners are NOT_STARTED, BEGINNING, DEVELOPING or MASTERED (the bands' mastery ranges"
            + " are in the response), and their mean mastery now. Paginated over skills from page 0.";

    private final AssignmentProgressReport progress;
    private final SkillGapReport gaps;
    private final ReportsConfig config;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public AssignmentReportResource(AssignmentProgressReport progress, SkillGapReport gaps, ReportsConfig config,
            JsonWebToken token, SecurityIdentity identity) {
        this.progress = progress;
        this.gaps = gaps;
        this.config = config;
        this.token = token;
        this.identity = identity;
    }

    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = PROGRESS, description = PROGRESS_DESCRIPTION)
    public AssignmentProgressView progress(@PathParam("id") String id,
            @Parameter(description = "Only learners in this status") @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        return AssignmentProgressView.of(progress.page(Callers.of(token, identity), QueryParams.uuid("id", id),
                QueryParams.enumValue("status", status, AssignmentStatus.class), p, s), p, s);
    }

    /** The same page as CSV; JSON stays the answer to a client that accepts both or sends no Accept. */
    @GET
    @Path("progress")
    @Produces("text/csv;qs=0.5")
    @Operation(summary = PROGRESS, description = PROGRESS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The page's learners as CSV (RFC 4180, a header row) in the"
            + " attachment " + PROGRESS_FILE, content = @Content(mediaType = Csv.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response progressCsv(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return Csv.attachment(PROGRESS_FILE, Csv.table(LearnerProgressView.COLUMNS,
                progress(id, status, page, size).items()));
    }

    @GET
    @Path("skill-gaps")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = GAPS, description = GAPS_DESCRIPTION)
    public SkillGapsView skillGaps(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        return SkillGapsView.of(gaps.ofAssignment(Callers.of(token, identity), QueryParams.uuid("id", id), p, s), p,
                s);
    }

    @GET
    @Path("skill-gaps")
    @Produces("text/csv;qs=0.5")
    @Operation(summary = GAPS, description = GAPS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The page's skills as CSV (RFC 4180, a header row) in the"
            + " attachment " + SKILL_GAPS_FILE, content = @Content(mediaType = Csv.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response skillGapsCsv(@PathParam("id") String id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Csv.attachment(SKILL_GAPS_FILE, Csv.table(SkillGapView.COLUMNS, skillGaps(id, page, size).items()));
    }
}
