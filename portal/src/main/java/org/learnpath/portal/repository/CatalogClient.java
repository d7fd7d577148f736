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
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;
import org.learnpath.portal.model.GoalDetails;
import org.learnpath.portal.model.GoalWrite;
import org.learnpath.portal.model.ModuleDetails;
import org.learnpath.portal.model.ModulePage;
import org.learnpath.portal.model.ModuleWrite;
import org.learnpath.portal.model.SkillPage;

/**
 * The catalog's modules, goals and skills as authors and admins edit them. Reads of one module or goal answer with
 * the response, so that its ETag (header) can go back as If-Match with the edit.
 */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(ProblemResponses.class)
@RegisterProvider(UserToken.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CatalogClient {

    @GET
    @Path("/modules")
    ModulePage searchModules(@QueryParam("q") String text, @QueryParam("area") String area,
            @QueryParam("level") String level, @QueryParam("skill") String skill, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/modules/{slug}")
    RestResponse<ModuleDetails> module(@PathParam("slug") String slug);

    @GET
    @Path("/modules/{slug}/goals")
    List<GoalDetails> goalsContaining(@PathParam("slug") String slug);

    @POST
    @Path("/modules")
    RestResponse<ModuleDetails> createModule(ModuleWrite body);

    @PUT
    @Path("/modules/{slug}")
    RestResponse<ModuleDetails> updateModule(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ModuleWrite body);

    @DELETE
    @Path("/modules/{slug}")
    void deleteModule(@PathParam("slug") String slug);

    @GET
    @Path("/goals")
    List<GoalDetails> goals();

    @GET
    @Path("/goals/{slug}")
    RestResponse<GoalDetails> goal(@PathParam("slug") String slug);

    @POST
    @Path("/goals")
    RestResponse<GoalDetails> createGoal(GoalWrite body);

    @PUT
    @Path("/goals/{slug}")
    RestResponse<GoalDetails> updateGoal(@PathParam("slug") String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GoalWrite body);

    @GET
    @Path("/skills")
    SkillPage skills(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/skills")
    SkillPage searchSkills(@QueryParam("q") String text, @QueryParam("area") String area,
            @QueryParam("page") int page, @QueryParam("size") int size);
}
