package org.learnpath.assessment.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.service.AnswerService;
import org.learnpath.assessment.service.AnswerSubmission;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/**
 * For integrated systems (service accounts) and admins: answers recorded elsewhere, and a learner's answer history,
 * always within the caller's organization (the token must name one). A learner's data belongs to the organization
 * that stored it first: reading a learner of another organization answers as for an id no one uses (see
 * {@link #attempts}), and a batch naming one is refused as a whole.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integrations")
@SecurityRequirement(name = "SecurityScheme")
public class IntegrationResource {

    private final AnswerService answers;
    private final Identity identity;
    private final AssessmentConfig config;

    public IntegrationResource(AnswerService answers, Identity identity, AssessmentConfig config) {
        this.answers = answers;
        this.identity = identity;
        this.config = config;
    }

    public record BatchResult(List<AnswerResult> results) {
    }

    @POST
    @Path("integrations/answers")
    @RolesAllowed({ Roles.INTEGRATION, Roles.ADMIN })
    @Operation(summary = "Record answers on behalf of learners", description = "All or nothing: one invalid answer refuses the batch "
            + "with every problem listed. With an Idempotency-Key a retried batch returns the first result. The answers "
            + "belong to the caller's organization; a learner seen for the first time becomes one of its learners.")
    @APIResponse(responseCode = "200", description = "Every answer stored, graded, in the order sent")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "A learner of the batch belongs to another organization (each"
            + " such answer listed under answers[i].learnerId); none of the batch's answers was stored",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Uni<BatchResult> record(@HeaderParam(SessionResource.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull BatchRequest body) {
        String organization = identity.organization();
        if (body.answers().size() > config.maxBatchSize()) {
            throw ProblemException.invalid("answers", "at most " + config.maxBatchSize() + " answers per batch");
        }
        String key = IdempotencyKeys.check(idempotencyKey);
        List<AnswerSubmission> submissions = new ArrayList<>(body.answers().size());
        for (int i = 0; i < body.answers().size(); i++) {
            BatchRequest.ExternalAnswer a = body.answers().get(i);
            submissions.add(new AnswerSubmission(a.learnerId().trim(), organization, null, a.itemId(),
                    a.response().toResponse(), a.responseTimeMillis(), a.answeredAt(), AnswerEvent.Source.INTEGRATION,
                    identity.caller(), key == null ? null : key + "#" + i));
        }
        // Runs on the event loop: the answers wait for their group commit without holding a thread.
        return answers.submit(submissions)
                .map(outcomes -> new BatchResult(outcomes.stream().map(AnswerResult::of).toList()));
    }

    @GET
    @Path("learners/{learnerId}/attempts")
    @RolesAllowed({ Roles.INTEGRATION, Roles.ADMIN })
    @Operation(summary = "A learner's answers", description = "The learner's answers in the caller's organization,"
            + " newest first; paginated from page 0. 404 when the learner has none there.")
    @APIResponse(responseCode = "200", description = "A page of answers (empty past the last page)")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "The learner has no answer in the caller's organization: unknown,"
            + " or another organization's", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public List<AttemptView> attempts(@PathParam("learnerId") String learnerId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        String organization = identity.organization();
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        // A learner without answers in the caller's organization is a 404, not an empty page: an empty page for
        // strangers and a 404 for another organization's learners would tell the caller which ids are in use
        // elsewhere, and an empty page for both would hide a mistyped id. Answers are all this service knows of a
        // learner (sessions without answers are the learner's own business).
        return answers.historyOf(learnerId, organization, QueryParams.page(page), s).stream().map(AttemptView::of)
                .toList();
    }
}
