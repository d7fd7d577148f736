package org.learnpath.recommender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.recommender.service.PlacementService;
import org.learnpath.recommender.service.PlacementService.PlacementState;
import org.learnpath.rest.Roles;

/**
 * A learner's placement assessment of a goal (issue 27): an adaptive initial test of at most 20 items whose result
 * starts the learner's path past what they already know. The goal is {@code ?goal=} (or the body's {@code goalSlug}
 * when starting), else the learner's chosen goal. Who may call it is as for {@link LearnerResource}: {@code me} is the
 * caller; admins and integration service accounts reach the learners of their organization; managers read the
 * placements of their teams' members and change none (see {@link LearnerAccess}).
 *
 * <p>The flow: POST to start (or resume) it; answer {@code next.itemId} in an assessment session of kind PLACEMENT
 * for the goal ({@code GET /api/sessions/{id}/next-item?itemId=}, then POST the answer); GET it again once
 * {@code answered} has grown; when {@code done}, POST finish. Skip gives it up. Only the learner's first answer to
 * the item {@code next} names counts: an answer to another item, or to one the learner answered before, is stored
 * and weighed by nothing.
 */
@Path("/api/learners/{learnerId}/placement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.LEARNER, Roles.ADMIN, Roles.INTEGRATION, Roles.MANAGER })
@Tag(name = "Placement")
@SecurityRequirement(name = "SecurityScheme")
public class PlacementResource {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final PlacementService placements;
    private final LearnerAccess access;

    public PlacementResource(PlacementService placements, LearnerAccess access) {
        this.placements = placements;
        this.access = access;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the placement assessment of a goal, or resume the one in progress",
            description = "The goal is the body's goalSlug, else the learner's chosen goal. A placement in progress for"
                    + " another goal is skipped: one at a time. The response names the first item to answer.")
    @APIResponse(responseCode = "201", description = "Started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "200", description = "The placement in progress for the goal, resumed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "404", description = "No goal named and none chosen, or no such goal for the"
            + " learner's organization", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "A module of the goal teaches more skills than a placement"
            + " weighs (16; problem type placement-too-large)", content = @Content(mediaType = PROBLEM_JSON))
    public Response start(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @Valid PlacementRequest body, @Context UriInfo uri) {
        PlacementState state = placements.start(access.resolve(learnerId), body == null ? null : body.goalSlug());
        PlacementView view = PlacementView.of(state);
        if (!state.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().queryParam("goal", view.goalSlug()).build())
                .entity(view).build();
    }

    @GET
    @Operation(summary = "The latest placement assessment of a goal (?goal=, else the chosen goal)",
            description = "In progress: the next item to answer, or done when there is nothing more to ask."
                    + " Completed: where it placed the learner.")
    @APIResponse(responseCode = "200", description = "The placement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "404", description = "No placement of the goal, no goal chosen, or no such goal for"
            + " the learner's organization", content = @Content(mediaType = PROBLEM_JSON))
    public PlacementView get(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @QueryParam("goal") @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a goal slug") String goal) {
        return PlacementView.of(placements.latest(access.read(learnerId), goal));
    }

    @POST
    @Path("/finish")
    @Operation(summary = "Finish the placement assessment of a goal (?goal=, else the chosen goal)",
            description = "Its answers' result seeds the learner's estimate of every skill of the goal they never"
                    + " practised; the path starts past the modules it placed them past (those whose every skill"
                    + " the learner then masters: a skill practised before keeps its own estimate), and is announced"
                    + " if it changed; an assignment the seeds complete is recorded as completed. A placement with"
                    + " no answer linked to it (or none it can weigh) is COMPLETED with an empty result: no skills,"
                    + " no placed modules, no seeds. Finishing a completed placement again answers the same.")
    @APIResponse(responseCode = "200", description = "The completed placement with its result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "404", description = "No placement of the goal, no goal chosen, or no such goal for"
            + " the learner's organization", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "The placement was skipped, or a module of the goal has come"
            + " to teach more skills than a placement weighs (placement-too-large)",
            content = @Content(mediaType = PROBLEM_JSON))
    public PlacementView finish(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @QueryParam("goal") @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a goal slug") String goal) {
        return PlacementView.of(placements.finish(access.resolve(learnerId), goal));
    }

    @POST
    @Path("/skip")
    @Operation(summary = "Skip the placement assessment of a goal (?goal=, else the chosen goal)",
            description = "The placement in progress is given up and seeds nothing; without one, the skip is"
                    + " recorded. Skipping again answers the same.")
    @APIResponse(responseCode = "200", description = "The skipped placement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PlacementView.class)))
    @APIResponse(responseCode = "404", description = "No goal chosen, or no such goal for the learner's"
            + " organization", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "The placement is completed already",
            content = @Content(mediaType = PROBLEM_JSON))
    public PlacementView skip(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @QueryParam("goal") @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a goal slug") String goal) {
        return PlacementView.of(placements.skip(access.resolve(learnerId), goal));
    }
}
