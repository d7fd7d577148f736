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
@RolesAllowed({ Roles.LEARNER, Roles.AUTHOR, Roles.ADMIN, Roles.MANAGER, Roles.INTEGRATION })
public class GoalResource {

    /** Every operation on one goal answers a goal the caller may not see as an unknown slug; its docs say so. */
    private static final String VISIBILITY = " A goal of another organization is answered as an unknown slug (404).";

    private final GoalService goals;
    private final CatalogReadModel catalog;
    private final TokenCaller caller;

    public GoalResource(GoalService goals, CatalogReadModel catalog, TokenCaller caller) {
        this.goals = goals;
        this.catalog = catalog;
        this.caller = caller;
    }

    @GET
    @NonBlocking
    @Operation(summary = "List goals", description = "The goals everyone sees and those of the caller's organization (the token's organization claim).")
    public List<GoalView> list() {
        return catalog.current().goals(caller);
    }

    @GET
    @NonBlocking
    @Path("{slug}")
    @Operation(summary = "Get a goal", description = "The ETag header carries the version to send in If-Match when editing." + VISIBILITY)
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        GoalView goal = catalog.current().goal(slug, caller);
        return Responses.ok(goal, goal.version(), request);
    }

    @GET
    @NonBlocking
    @Path("{slug}/study-order")
    @Operation(summary = "A goal's study order", description = "The goal's modules and everything they require, each after its prerequisites (a topological order)." + VISIBILITY)
    public StudyOrderView studyOrder(@PathParam("slug") String slug) {
        var snapshot = catalog.current();
        GoalView goal = snapshot.goal(slug, caller);
        Set<String> members = new HashSet<>(goal.modules());
        List<ModuleView> order = snapshot.studyOrder(slug, caller);
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
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Create a goal", description = "audience EVERYONE (the default): a shared goal, for authors and admins."
            + " audience ORGANIZATION: a goal of the caller's organization, for its admins and managers; 403 of type"
            + " organization-required when the token names no organization. Slugs are unique across organizations:"
            + " 409 when the slug is taken, whoever took it.")
    public Response create(@Valid @NotNull GoalRequest body, @Context UriInfo uri) {
        Goal goal = goals.create(body.toDraft(), caller);
        return Responses.created(uri.getAbsolutePathBuilder().path(goal.slug).build(), GoalView.of(goal), goal.version);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Replace a goal", description = "Requires If-Match with the current ETag: 428 without it, 412 when stale."
            + " A shared goal: authors and admins; an organization's goal: its admins and managers. The audience"
            + " cannot change (400)." + VISIBILITY)
    public Response update(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull GoalRequest body) {
        Goal goal = goals.update(slug, ifMatch, body.toDraft(), caller);
        return Responses.updated(GoalView.of(goal), goal.version);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
    @Operation(summary = "Delete a goal", description = "A shared goal: admins; an organization's goal: its admins and managers."
            + VISIBILITY)
    public Response delete(@PathParam("slug") String slug) {
        goals.delete(slug, caller);
        return Response.noContent().build();
    }
}
