package org.learnpath.portal.repository;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.learnpath.portal.model.ItemLearnedDifficulty;
import org.learnpath.portal.model.RefitResult;
import org.learnpath.portal.model.SkillParameters;

/** The recommender's learner model: refits (admin), fitted skill parameters and learned item difficulties. */
@RegisterRestClient(configKey = "recommender")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ModelClient {

    @POST
    @Path("/refits")
    RefitResult refit();

    @GET
    @Path("/skill-parameters")
    List<SkillParameters> skillParameters();

    @GET
    @Path("/item-difficulties/{itemId}")
    ItemLearnedDifficulty itemDifficulty(@PathParam("itemId") String itemId);
}
