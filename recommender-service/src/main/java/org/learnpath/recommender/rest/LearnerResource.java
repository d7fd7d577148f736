package org.learnpath.recommender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.recommender.config.RecommenderConfig;
import org.learnpath.recommender.model.Learner;
import org.learnpath.recommender.model.LearnerGoal;
import org.learnpath.recommender.service.AssignmentService;
import org.learnpath.recommender.service.LearnerService;
import org.learnpath.recommender.service.LearnerService.PathAndNext;
import org.learnpath.recommender.service.PlacementService;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.Roles;

/**
 * A learner's goal, mastery, path and next step. {@code me} is the caller; another learner's id is for admins and
 * integration service accounts of the learner's organization, and for reading only, for the managers of a team the
 * learner is a member of (a learner asking for someone else gets 403, see {@link LearnerAccess}).
 */
@Path("/api/learners/{learnerId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.LEARNER, Roles.ADMIN, Roles.INTEGRATION, Roles.MANAGER })
@Tag(name = "Learners")
@SecurityRequirement(name = "SecurityScheme")
public class LearnerResource {

    private final LearnerService learners;
    private final LearnerAccess access;
    private final AssignmentService assignments;
    private final PlacementService placements;
    private final double threshold;

    public LearnerResource(LearnerService learners, LearnerAccess access, AssignmentService assignments,
            PlacementService placements, RecommenderConfig config) {
        this.learners = learners;
        this.access = access;
        this.assignments = assignments;
        this.placements = placements;
        this.threshold = config.masteryThreshold();
    }

    @GET
    @Path("/goal")
    @Operation(summary = "The goal the learner works towards")
    public GoalView goal(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId) {
        String id = access.read(learnerId).id();
        LearnerGoal goal = learners.goal(id).orElseThrow(() -> ProblemException.notFound("Goal of learner", id));
        return view(goal);
    }

    @PUT
    @Path("/goal")
    @Operation(summary = "Choose the goal to work towards; the path is recomputed and announced")
    public GoalView choose(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @NotNull @Valid GoalRequest request) {
        return view(learners.choose(access.resolve(learnerId), request.goalSlug()));
    }

    @GET
    @Path("/mastery")
    @Operation(summary = "Mastery per practised skill, as of now")
    public MasteryView mastery(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId) {
        return MasteryView.of(learners.masteries(access.read(learnerId).id()), threshold);
    }

    @GET
    @Path("/path")
    @Operation(summary = "The adjusted path to the chosen goal (or to ?goal=), with each module's status and the next step",
            description = "A mastered module a placement assessment placed the learner past says why (placement).")
    public PathView path(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @QueryParam("goal") @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a goal slug") String goal) {
        Learner learner = access.read(learnerId);
        PathAndNext result = learners.path(learner, goal, false);
        return PathView.of(result.path(), result.planning().catalog(), threshold, placements.notes(learner.id()));
    }

    @GET
    @Path("/next")
    @Operation(summary = "The next step and the item to answer next, with the reasons")
    public NextView next(@PathParam("learnerId") @Size(min = 1, max = 255) String learnerId,
            @QueryParam("goal") @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                    message = "must be a goal slug") String goal) {
        PathAndNext result = learners.path(access.read(learnerId), goal, true);
        return NextView.of(result.path(), result.nextItem(), result.planning().catalog());
    }

    @GET
    @Path("/assignments")
    @Operation(summary = "The goals assigned to the learner (through their teams or by name), soonest due first",
            description = "With when each was completed (kept when mastery later decays) and the share of the goal's"
                    + " modules mastered now; follow one with path?goal= and next?goal=.")
    public List<AssignmentOfLearnerView> assignments(
            @PathParam("learnerId") @Size(min = 1, max = 255) String learnerId) {
        return assignments.ofLearner(access.read(learnerId)).stream().map(AssignmentOfLearnerView::of).toList();
    }

    private GoalView view(LearnerGoal goal) {
        return new GoalView(goal.learnerId(), goal.goalSlug(),
                learners.goalName(goal.goalSlug()).orElse(null), goal.chosenAt());
    }
}
