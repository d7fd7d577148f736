package org.learnpath.portal.repository;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.learnpath.portal.model.ItemReport;
import org.learnpath.portal.model.SkillLint;

/** The assessment service's aggregate reports (authors and admins). */
@RegisterRestClient(configKey = "assessment")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserToken.class)
@Path("/api/reports")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportClient {

    @GET
    @Path("/items/{id}")
    ItemReport item(@PathParam("id") String id);

    /** The item linter's report on a skill's items (drafts and published ones), the most flagged items first. */
    @GET
    @Path("/skills/{code}/lint")
    SkillLint skillLint(@PathParam("code") String code, @QueryParam("page") int page, @QueryParam("size") int size);
}
