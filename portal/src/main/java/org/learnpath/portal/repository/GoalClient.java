package org.learnpath.portal.repository;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.learnpath.portal.model.LearnerGoalOption;

/** The catalog's goals, for the learner's goal picker. */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(UserToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/api/goals")
@Produces(MediaType.APPLICATION_JSON)
public interface GoalClient {

    @GET
    List<LearnerGoalOption> goals();
}
