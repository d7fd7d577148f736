package org.learnpath.portal.repository;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.portal.model.TeamDetails;
import org.learnpath.portal.model.TeamPage;
import org.learnpath.portal.model.TeamWrite;

/**
 * The teams of the caller's organization at the recommender (admins: all of them; managers: those they manage, which
 * the service decides). Reads of one team answer with the response, so that its ETag goes back as If-Match.
 */
@RegisterRestClient(configKey = "recommender")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserToken.class)
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TeamClient {

    @GET
    TeamPage list(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    RestResponse<TeamDetails> team(@PathParam("id") String id);

    @POST
    RestResponse<TeamDetails> create(TeamWrite body);

    @PUT
    @Path("/{id}")
    RestResponse<TeamDetails> update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TeamWrite body);

    @DELETE
    @Path("/{id}")
    void delete(@PathParam("id") String id);
}
