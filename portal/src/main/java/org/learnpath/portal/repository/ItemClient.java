package org.learnpath.portal.repository;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.portal.model.ItemDetails;
import org.learnpath.portal.model.ItemPage;
import org.learnpath.portal.model.ItemWrite;

/** The assessment service's item bank (authors and admins): items with their answer keys, and their life cycle. */
@RegisterRestClient(configKey = "assessment")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserToken.class)
@Path("/api/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ItemClient {

    @GET
    ItemPage search(@QueryParam("skill") String skill, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    RestResponse<ItemDetails> item(@PathParam("id") String id);

    @POST
    RestResponse<ItemDetails> create(ItemWrite body);

    @PUT
    @Path("/{id}")
    RestResponse<ItemDetails> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ItemWrite body);

    @POST
    @Path("/{id}/publish")
    RestResponse<ItemDetails> publish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);

    @POST
    @Path("/{id}/retire")
    RestResponse<ItemDetails> retire(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch);
}
