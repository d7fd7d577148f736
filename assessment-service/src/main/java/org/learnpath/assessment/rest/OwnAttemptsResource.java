package org.learnpath.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.service.AnswerService;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/**
 * The caller's own answers in the organization the token names (required), from every session and every integration
 * of that organization that recorded answers for them. The learner is the token's subject, so no one reads another's
 * history here; integrations and admins use
 * {@code /api/learners/{learnerId}/attempts}, which this literal path takes precedence over.
 */
@Path("/api/learners/me/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.LEARNER)
public class OwnAttemptsResource {

    private final AnswerService answers;
    private final Identity identity;
    private final AssessmentConfig config;

    public OwnAttemptsResource(AnswerService answers, Identity identity, AssessmentConfig config) {
        this.answers = answers;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Operation(summary = "My answers", description = "In the token's organization, newest first; paginated from page 0.")
    @APIResponse(responseCode = "200", description = "A page of answers (none when there are none)")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public List<AttemptView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        return answers.history(identity.subject(), identity.organization(), QueryParams.page(page), s).stream()
                .map(AttemptView::of).toList();
    }
}
