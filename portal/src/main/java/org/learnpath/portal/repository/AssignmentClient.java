package org.learnpath.portal.repository;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.portal.model.AssignmentDetails;
import org.learnpath.portal.model.AssignmentPage;
import org.learnpath.portal.model.AssignmentWrite;
import org.learnpath.portal.model.SkillGaps;
import org.learnpath.portal.model.TeamProgress;

/**
 * Assignments at the recommender and their two reports, team progress and skill gaps. Each report also comes as a
 * file: the same page as CSV ({@code Accept: text/csv}) or as the JSON document, its bytes passed on unchanged.
 */
@RegisterRestClient(configKey = "recommender")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserToken.class)
@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AssignmentClient {

    String CSV = "text/csv";

    @POST
    AssignmentDetails create(AssignmentWrite body);

    @GET
    AssignmentPage list(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    AssignmentDetails assignment(@PathParam("id") String id);

    @DELETE
    @Path("/{id}")
    void withdraw(@PathParam("id") String id);

    @GET
    @Path("/{id}/progress")
    TeamProgress progress(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}/progress")
    @Produces(CSV)
    RestResponse<byte[]> progressCsv(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}/progress")
    RestResponse<byte[]> progressJson(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}/skill-gaps")
    SkillGaps skillGaps(@PathParam("id") String id, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{id}/skill-gaps")
    @Produces(CSV)
    RestResponse<byte[]> skillGapsCsv(@PathParam("id") String id, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{id}/skill-gaps")
    RestResponse<byte[]> skillGapsJson(@PathParam("id") String id, @QueryParam("page") int page,
            @QueryParam("size") int size);
}
