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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.catalog.config.CatalogConfig;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Skill;
import org.learnpath.catalog.service.CatalogReadModel;
import org.learnpath.catalog.service.SkillService;
import org.learnpath.catalog.service.SkillView;
import org.learnpath.rest.PageView;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

@Path("/api/skills")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Skills")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.LEARNER, Roles.AUTHOR, Roles.ADMIN, Roles.MANAGER, Roles.INTEGRATION })
public class SkillResource {

    private final SkillService skills;
    private final CatalogReadModel catalog;
    private final CatalogConfig config;

    public SkillResource(SkillService skills, CatalogReadModel catalog, CatalogConfig config) {
        this.skills = skills;
        this.catalog = catalog;
        this.config = config;
    }

    @GET
    @NonBlocking
    @Operation(summary = "List skills", description = "Filter by area and text (code, name, description); paginated from page 0.")
    public PageView<SkillView> list(@QueryParam("area") String area, @QueryParam("q") String text,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        var slice = catalog.current().searchSkills(QueryParams.enumValue("area", area, Area.class),
                QueryParams.text("q", text, 200), p, s);
        return new PageView<>(slice.items(), p, s, slice.total());
    }

    @GET
    @NonBlocking
    @Path("{code}")
    @Operation(summary = "Get a skill", description = "The ETag header carries the version to send in If-Match when editing.")
    public Response get(@PathParam("code") String code, @Context Request request) {
        SkillView skill = catalog.current().skill(code);
        return Responses.ok(skill, skill.version(), request);
    }

    @POST
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
    @Operation(summary = "Create a skill")
    public Response create(@Valid @NotNull SkillRequest body, @Context UriInfo uri) {
        Skill skill = skills.create(body.toDraft());
        return Responses.created(uri.getAbsolutePathBuilder().path(skill.code).build(), SkillView.of(skill), skill.version);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
    @Operation(summary = "Replace a skill", description = "Requires If-Match with the current ETag: 428 without it, 412 when stale.")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SkillRequest body) {
        Skill skill = skills.update(code, ifMatch, body.toDraft());
        return Responses.updated(SkillView.of(skill), skill.version);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a skill", description = "Refused with 409 while modules teach it.")
    public Response delete(@PathParam("code") String code) {
        skills.delete(code);
        return Response.noContent().build();
    }
}
