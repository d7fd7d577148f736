package org.learnpath.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.service.ItemService;
import org.learnpath.assessment.service.lint.ItemLinting;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.PageView;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/** The item bank as authors see it: answers and explanations included. */
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Item bank")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.AUTHOR, Roles.ADMIN })
public class ItemResource {

    private final ItemService items;
    private final Identity identity;
    private final AssessmentConfig config;
    private final ItemLinting linting;

    public ItemResource(ItemService items, Identity identity, AssessmentConfig config, ItemLinting linting) {
        this.items = items;
        this.identity = identity;
        this.config = config;
        this.linting = linting;
    }

    @GET
    @Operation(summary = "List items", description = "Filter by skill code and status; paginated from page 0.")
    public PageView<ItemView> list(@QueryParam("skill") String skill, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        var slice = items.search(QueryParams.text("skill", skill, 64),
                QueryParams.enumValue("status", status, ItemStatus.class), p, s);
        return new PageView<>(slice.items().stream().map(this::view).toList(), p, s, slice.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an item with its answer key", description = "With the item linter's warnings.")
    public Response get(@PathParam("id") String id) {
        Item item = items.get(QueryParams.uuid("id", id));
        return withEtag(Response.ok(view(item)), item).build();
    }

    @POST
    @Operation(summary = "Create an item", description = "New items are drafts: learners see them once published."
            + " The response lists the item linter's warnings (rule, field, message), which never block; an item the"
            + " linter finds broken (such as two identical options) is refused like any invalid item: 400, with the"
            + " rules in the problem's lint member.")
    public Response create(@Valid @NotNull ItemRequest body, @Context UriInfo uri) {
        ItemLinting.Linted linted = linting.create(body.toDraft(), identity.caller());
        Item item = linted.item();
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                .entity(ItemView.of(item, linted.findings())), item).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an item", description = "Requires If-Match with the current ETag: 428 without it, 412 when stale."
            + " Linted as on create: warnings in the response, broken items refused with 400.")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ItemRequest body) {
        ItemLinting.Linted linted = linting.update(QueryParams.uuid("id", id), ifMatch, body.toDraft());
        Item item = linted.item();
        return withEtag(Response.ok(ItemView.of(item, linted.findings())), item).build();
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish an item", description = "Learners can be asked published items. If-Match is optional.")
    public Response publish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Item item = items.transition(QueryParams.uuid("id", id), ifMatch, ItemStatus.PUBLISHED);
        return withEtag(Response.ok(view(item)), item).build();
    }

    @POST
    @Path("{id}/retire")
    @Operation(summary = "Retire an item", description = "Retired items are no longer asked; past attempts keep them.")
    public Response retire(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Item item = items.transition(QueryParams.uuid("id", id), ifMatch, ItemStatus.RETIRED);
        return withEtag(Response.ok(view(item)), item).build();
    }

    private ItemView view(Item item) {
        return ItemView.of(item, linting.lint(item));
    }

    private static Response.ResponseBuilder withEtag(Response.ResponseBuilder builder, Item item) {
        return builder.header(HttpHeaders.ETAG, IfMatch.etagOf(item.version));
    }
}
