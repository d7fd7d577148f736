package org.learnpath.catalog.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.service.CatalogReadModel;
import org.learnpath.catalog.service.GoalService;
import org.learnpath.catalog.service.GoalView;
import org.learnpath.catalog.service.ModuleView;
import org.learnpath.rest.Roles;

@Path("/api/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.LEARNER, Roles.AUTHOR, Roles.ADMIN, Roles.INTEGRATION })
public class GoalResource {

    private final GoalService goals;
    private final CatalogReadModel catalog;

    public GoalResource(GoalService goals, CatalogReadModel catalog) {
        this.goals = goals;
        this.catalog = catalog;
    }

    @GET
    @NonBlocking
    @Operation(summary = "List goals")
    public List<GoalView> list() {
        return catalog.current().goals();
    }

    @GET
    @NonBlocking
    @Path("{slug}")
    @Operation(summary = "Get a goal")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        GoalView goal = catalog.current().goal(slug);
        return Responses.ok(goal, goal.version(), request);
    }

    @GET
    @NonBlocking
    @Path("{slug}/study-order")
    @Operation(summary = "A goal's study order", description = "The goal's modules and everything they require, each after its prerequisites (a topological order).")
    public StudyOrderView studyOrder(@PathParam("slug") String slug) {
        var snapshot = catalog.current();
        GoalView goal = snapshot.goal(slug);
        Set<String> members = new HashSet<>(goal.modules());
        List<ModuleView> order = snapshot.studyOrder(slug);
        List<StudyOrderView.Step> steps = new ArrayList<>(order.size());
        int minutes = 0;
        for (ModuleView m : order) {
            steps.add(new StudyOrderView.Step(steps.size() + 1, m.slug(), m.title(), m.level(), m.estimatedMinutes(),
                    members.contains(m.slug()), m.prerequisites()));
            minutes += m.estimatedMinutes();
        }
        return new StudyOrderView(goal.slug(), goal.name(), minutes, steps);
    }

    @POST
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
    @Operation(summary = "Create a goal")
    public Response create(@Valid @NotNull GoalRequest body, @Context UriInfo uri) {
        Goal goal = goals.create(body.toDraft());
        return Responses.created(uri.getAbsolutePathBuilder().path(goal.slug).build(), GoalView.of(goal), goal.version);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
    @Operation(summary = "Replace a goal", description = "Requires If-Match with the current ETag: 428 without it, 412 when stale.")
    public Response update(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GoalRequest body) {
        Goal goal = goals.update(slug, ifMatch, body.toDraft());
        return Responses.updated(GoalView.of(goal), goal.version);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a goal")
    public Response delete(@PathParam("slug") String slug) {
        goals.delete(slug);
        return Response.noContent().build();
    }
}
