package org.learnpath.portal.repository;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.learnpath.portal.model.LearnerAssignment;
import org.learnpath.portal.model.LearnerGoal;
import org.learnpath.portal.model.LearnerGoalChoice;
import org.learnpath.portal.model.PathView;
import org.learnpath.portal.model.PlacementView;

/**
 * The signed-in learner at the recommender ({@code me} is the token's subject): goal, path, placement assessment and
 * assignments.
 */
@RegisterRestClient(configKey = "recommender")
@RegisterProvider(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/api/learners/me")
@Produces(MediaType.APPLICATION_JSON)
public interface LearnerClient {

    /** 404 (an ApiProblem) when the learner has not chosen a goal yet. */
    @GET
    @Path("/goal")
    LearnerGoal goal();

    @PUT
    @Path("/goal")
    @Consumes(MediaType.APPLICATION_JSON)
    LearnerGoal choose(LearnerGoalChoice choice);

    @GET
    @Path("/path")
    PathView path();

    /** The path to another goal than the chosen one (an assigned goal); 404 when the catalog has no such goal. */
    @GET
    @Path("/path")
    PathView pathTo(@QueryParam("goal") String goal);

    /** The goals assigned to the learner, soonest due first. */
    @GET
    @Path("/assignments")
    List<LearnerAssignment> assignments();

    /** The latest placement assessment for {@code goal}; 404 (an ApiProblem) when the learner never started one. */
    @GET
    @Path("/placement")
    PlacementView placement(@QueryParam("goal") String goal);

    /** Skips the placement assessment for {@code goal} (status SKIPPED). */
    @POST
    @Path("/placement/skip")
    PlacementView skipPlacement(@QueryParam("goal") String goal);
}
