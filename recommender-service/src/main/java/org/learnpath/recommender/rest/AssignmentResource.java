package org.learnpath.recommender.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.recommender.config.AssignmentConfig;
import org.learnpath.recommender.model.AssignmentCaller;
import org.learnpath.recommender.service.AssignmentDetails;
import org.learnpath.recommender.service.AssignmentService;
import org.learnpath.rest.PageView;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;
import org.learnpath.rest.Slice;

/**
 * Goals assigned to teams and learners, within the caller's organization (a token without one gets 403
 * organization-required). Admins manage every assignment of their organization; managers assign to the teams they
 * manage and to their members, and see and delete those assignments and the ones they created. Any other assignment,
 * team or learner is answered as one that does not exist (404).
 */
@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.MANAGER })
@Tag(name = "Assignments")
@SecurityRequirement(name = "SecurityScheme")
public class AssignmentResource {

    private final AssignmentService assignments;
    private final AssignmentConfig config;
    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public AssignmentResource(AssignmentService assignments, AssignmentConfig config, JsonWebToken token,
            SecurityIdentity identity) {
        this.assignments = assignments;
        this.config = config;
        this.token = token;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Assign a goal to a team and/or named learners",
            description = "Learners who master the goal already complete it at once. 400 for a goal not in the"
                    + " catalog for the organization, a due date in the past, or no team and no learner; 404 for a"
                    + " team or learner not in the organization (a manager: a team they do not manage); 403 when a"
                    + " manager names a learner outside their teams.")
    public Response create(@Valid @NotNull AssignmentRequest body, @Context UriInfo uri) {
        AssignmentDetails created = assignments.create(caller(), body.toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.assignment().id().toString()).build())
                .entity(AssignmentView.of(created)).build();
    }

    @GET
    @Operation(summary = "The caller's assignments, newest first",
            description = "Admins: every assignment of the organization; managers: those on their teams and those"
                    + " they created. Paginated from page 0.")
    public PageView<AssignmentView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.defaultPageSize(), config.maxPageSize());
        Slice<AssignmentDetails> slice = assignments.page(caller(), p, s);
        return new PageView<>(slice.items().stream().map(AssignmentView::of).toList(), p, s, slice.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An assignment with its learners now and when each completed it")
    public AssignmentView get(@PathParam("id") String id) {
        return AssignmentView.of(assignments.get(caller(), QueryParams.uuid("id", id)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw an assignment", description = "Its completion records go with it.")
    public Response delete(@PathParam("id") String id) {
        assignments.delete(caller(), QueryParams.uuid("id", id));
        return Response.noContent().build();
    }

    private AssignmentCaller caller() {
        return Callers.of(token, identity);
    }
}
