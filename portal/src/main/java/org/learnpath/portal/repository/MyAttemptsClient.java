package org.learnpath.portal.repository;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.learnpath.portal.model.AttemptView;

/** The signed-in learner's own answers at the assessment service, newest first. */
@RegisterRestClient(configKey = "assessment")
@RegisterProvider(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/api/learners/me/attempts")
@Produces(MediaType.APPLICATION_JSON)
public interface MyAttemptsClient {

    @GET
    List<AttemptView> attempts(@QueryParam("page") int page, @QueryParam("size") int size);
}
