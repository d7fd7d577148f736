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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.catalog.config.CatalogConfig;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Level;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.service.CatalogReadModel;
import org.learnpath.catalog.service.GoalView;
import org.learnpath.catalog.service.ModuleService;
import org.learnpath.catalog.service.ModuleView;
import org.learnpath.catalog.service.SkillView;
import org.learnpath.rest.PageView;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

@Path("/api/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Modules")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.LEARNER, Roles.AUTHOR, Roles.ADMIN, Roles.MANAGER, Roles.INTEGRATION })
public class ModuleResource {

    private final ModuleService modules;
    private final CatalogReadModel catalog;
    private final CatalogConfig config;
    private final TokenCaller caller;

    public ModuleResource(ModuleService modules, CatalogReadModel catalog, CatalogConfig config, TokenCaller caller) {
        this.modules = modules;
        this.catalog = catalog;
        this.config = config;
        this.caller = caller;
    }

    @GET
    @NonBlocking
    @Operation(summary = "Search modules", description = "Filter by area, level, a skill code and text in title or summary; paginated from page 0.")
    public PageView<ModuleSummary> search(@QueryParam("area") String area, @QueryParam("level") String level,
            @QueryParam("skill") String skill, @QueryParam("q") String text,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        var slice = catalog.current().searchModules(QueryParams.enumValue("area", area, Area.class),
                QueryParams.enumValue("level", level, Level.class), QueryParams.text("skill", skill, 64),
                QueryParams.text("q", text, 200), p, s);
        return new PageView<>(slice.items().stream().map(ModuleSummary::of).toList(), p, s, slice.total());
    }

    @GET
    @NonBlocking
    @Path("{slug}")
    @Operation(summary = "Get a module", description = "The ETag header carries the version to send in If-Match when editing.")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        ModuleView module = catalog.current().module(slug);
        return Responses.ok(module, module.version(), request);
    }

    @GET
    @NonBlocking
    @Path("{slug}/prerequisites")
    @Operation(summary = "Prerequisites of a module", description = "Direct ones, or with transitive=true all of them in an order they can be studied in.")
    public List<ModuleSummary> prerequisites(@PathParam("slug") String slug, @QueryParam("transitive") String transitive) {
        return catalog.current().prerequisites(slug, QueryParams.bool("transitive", transitive)).stream()
                .map(ModuleSummary::of).toList();
    }

    @GET
    @NonBlocking
    @Path("{slug}/skills")
    @Operation(summary = "Skills a module teaches")
    public List<SkillView> skills(@PathParam("slug") String slug) {
        return catalog.current().skillsOf(slug);
    }

    @GET
    @NonBlocking
    @Path("{slug}/goals")
    @Operation(summary = "Goals that include a module", description = "The shared goals and those of the caller's organization.")
    public List<GoalView> goals(@PathParam("slug") String slug) {
        return catalog.current().goalsContaining(slug, caller);
    }

    @POST
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
    @Operation(summary = "Create a module")
    public Response create(@Valid @NotNull ModuleRequest body, @Context UriInfo uri) {
        Module module = modules.create(body.toDraft());
        return Responses.created(uri.getAbsolutePathBuilder().path(module.slug).build(), ModuleView.of(module),
                module.version);
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
    @Operation(summary = "Replace a module", description = "Requires If-Match with the current ETag: 428 without it, 412 when stale, 409 when the prerequisites would form a cycle.")
    public Response update(@PathParam("slug") String slug, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ModuleRequest body) {
        Module module = modules.update(slug, ifMatch, body.toDraft());
        return Responses.updated(ModuleView.of(module), module.version);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a module", description = "Refused with 409 while other modules require it or goals include it (goals of other organizations are counted, not named).")
    public Response delete(@PathParam("slug") String slug) {
        modules.delete(slug, caller);
        return Response.noContent().build();
    }
}
