package org.learnpath.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.service.ItemService;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/** Items as learners see them: the question only, for instance the next item a recommendation names. */
@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({ Roles.LEARNER, Roles.AUTHOR, Roles.ADMIN, Roles.INTEGRATION })
public class QuestionResource {

    private final ItemService items;

    public QuestionResource(ItemService items) {
        this.items = items;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a question", description = "A published or retired item without its answer key or explanation.")
    public QuestionView get(@PathParam("id") String id) {
        return QuestionView.of(items.published(QueryParams.uuid("id", id)));
    }
}
