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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.service.AnswerService;
import org.learnpath.assessment.service.AnswerSubmission;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/** For integrated systems (service accounts): answers recorded elsewhere, and a learner's answer history. */
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
            + "with every problem listed. With an Idempotency-Key a retried batch returns the first result.")
    public Uni<BatchResult> record(@HeaderParam(SessionResource.IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull BatchRequest body) {
        if (body.answers().size() > config.maxBatchSize()) {
            throw ProblemException.invalid("answers", "at most " + config.maxBatchSize() + " answers per batch");
        }
        String key = IdempotencyKeys.check(idempotencyKey);
        List<AnswerSubmission> submissions = new ArrayList<>(body.answers().size());
        for (int i = 0; i < body.answers().size(); i++) {
            BatchRequest.ExternalAnswer a = body.answers().get(i);
            submissions.add(new AnswerSubmission(a.learnerId().trim(), null, a.itemId(), a.response().toResponse(),
                    a.responseTimeMillis(), a.answeredAt(), AnswerEvent.Source.INTEGRATION, identity.caller(),
                    key == null ? null : key + "#" + i));
        }
        // Runs on the event loop: the answers wait for their group commit without holding a thread.
        return answers.submit(submissions)
                .map(outcomes -> new BatchResult(outcomes.stream().map(AnswerResult::of).toList()));
    }

    @GET
    @Path("learners/{learnerId}/attempts")
    @RolesAllowed({ Roles.INTEGRATION, Roles.ADMIN })
    @Operation(summary = "A learner's answers", description = "Newest first; paginated from page 0.")
    public List<AttemptView> attempts(@PathParam("learnerId") String learnerId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int s = QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize());
        return answers.history(learnerId, QueryParams.page(page), s).stream().map(AttemptView::of).toList();
    }
}
