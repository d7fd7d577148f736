package org.learnpath.recommender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.recommender.service.ItemDifficulties;
import org.learnpath.recommender.service.RefitService;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/** The learner model's fitted parameters and learned item difficulties, and refitting from the stored answers. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Learner model")
@SecurityRequirement(name = "SecurityScheme")
public class ModelResource {

    private final RefitService refits;
    private final ItemDifficulties difficulties;

    public ModelResource(RefitService refits, ItemDifficulties difficulties) {
        this.refits = refits;
        this.difficulties = difficulties;
    }

    @POST
    @Path("/refits")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Refit every skill's BKT parameters from the stored answers now, then replay every learner's"
            + " state under them (consumption goes on)")
    public RefitView refit() {
        return RefitView.of(refits.run());
    }

    @GET
    @Path("/skill-parameters")
    @RolesAllowed({ Roles.ADMIN, Roles.AUTHOR })
    @Operation(summary = "The BKT parameters of the latest refit per skill (skills not listed use the defaults)")
    public List<RefitView.SkillParametersView> skillParameters() {
        return refits.parameters().stream().map(RefitView.SkillParametersView::of).toList();
    }

    @GET
    @Path("/item-difficulties/{itemId}")
    @RolesAllowed({ Roles.ADMIN, Roles.AUTHOR })
    @Operation(summary = "An item's Elo difficulty as learned from the answers, and how many answers it rests on")
    public ItemDifficultyView itemDifficulty(@PathParam("itemId") String itemId) {
        return ItemDifficultyView.of(difficulties.of(QueryParams.uuid("itemId", itemId)));
    }
}
