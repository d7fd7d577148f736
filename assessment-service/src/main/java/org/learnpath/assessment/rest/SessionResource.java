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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.assessment.config.AssessmentConfig;
import org.learnpath.assessment.model.AssessmentSession;
import org.learnpath.assessment.model.SessionKind;
import org.learnpath.assessment.service.AnswerService;
import org.learnpath.assessment.service.AnswerSubmission;
import org.learnpath.assessment.service.SessionService;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;

/**
 * A learner's own assessment sessions, in the organization the token names (required: 403 organization-required
 * without one). Another learner's session ids, and the learner's own sessions in another organization, answer 404.
 */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed(Roles.LEARNER)
public class SessionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final SessionService sessions;
    private final AnswerService answers;
    private final Identity identity;
    private final AssessmentConfig config;

    public SessionResource(SessionService sessions, AnswerService answers, Identity identity, AssessmentConfig config) {
        this.sessions = sessions;
        this.answers = answers;
        this.identity = identity;
        this.config = config;
    }

    @POST
    @Operation(summary = "Start a session", description = "kind MODULE (target: module slug), SKILL (target: skill code),"
            + " PRACTICE (optional skills) or PLACEMENT (target: goal slug; items at most 20, default 20: it serves the"
            + " items the recommender's placement names, and its answers are placement evidence, purpose PLACEMENT in"
            + " their events). The session belongs to the organization the token names.")
    @APIResponse(responseCode = "400", description = "Invalid: a MODULE, SKILL or PLACEMENT session without target, or"
            + " a PLACEMENT session of more than 20 items", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "201", description = "The session started",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "The module does not exist, or the learner's data belongs to"
            + " another organization than the token names", content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Response start(@Valid @NotNull SessionRequest body, @Context UriInfo uri) {
        // A placement asks as many items as its model wants, within its budget: the session must not end it sooner.
        int planned = body.items() != null ? body.items()
                : body.kind() == SessionKind.PLACEMENT ? SessionKind.PLACEMENT_MAX_ITEMS : config.defaultSessionItems();
        AssessmentSession session = sessions.start(identity.subject(), identity.organization(), body.kind(),
                body.target(), body.skills(), planned);
        return Response.created(uri.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(SessionView.of(session)).build();
    }

    @GET
    @Operation(summary = "My sessions", description = "In the token's organization, newest first; paginated from page 0.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public List<SessionView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return sessions.list(identity.subject(), identity.organization(), QueryParams.page(page),
                QueryParams.size(size, config.paging().defaultSize(), config.paging().maxSize()))
                .stream().map(SessionView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of my sessions")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = ProblemResponses.NO_SUCH_SESSION,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public SessionView get(@PathParam("id") String id) {
        return SessionView.of(sessions.owned(identity.subject(), identity.organization(), QueryParams.uuid("id", id)));
    }

    @GET
    @Path("{id}/next-item")
    @Operation(summary = "The question the session puts in front of you", description = "The session takes an answer "
            + "only to this item; until it is answered the same item comes back. With itemId (for instance the item the "
            + "recommender named) that item is served instead, if it assesses the session's skills and was not answered "
            + "in it yet. 204 when the session is complete or has no item left.")
    @APIResponse(responseCode = "200", description = "The question",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "204", description = "The session is complete or has no item left")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = ProblemResponses.NO_SUCH_SESSION + " (or no published item itemId)",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "itemId was answered in this session already, or a PLACEMENT"
            + " session was asked without itemId (its items are the placement's to name)",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Response next(@PathParam("id") String id, @QueryParam("itemId") String itemId) {
        UUID requested = itemId == null || itemId.isBlank() ? null : QueryParams.uuid("itemId", itemId);
        return sessions.serve(identity.subject(), identity.organization(), QueryParams.uuid("id", id), requested)
                .map(item -> Response.ok(QuestionView.of(item)).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("{id}/attempts")
    @Operation(summary = "My answers in a session")
    @APIResponse(responseCode = "200", description = "The session's answers, in the order given")
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = ProblemResponses.NO_SUCH_SESSION,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public List<AttemptView> attempts(@PathParam("id") String id) {
        AssessmentSession session = sessions.owned(identity.subject(), identity.organization(),
                QueryParams.uuid("id", id));
        return sessions.attempts(session).stream().map(AttemptView::of).toList();
    }

    @POST
    @Path("{id}/answers")
    @Operation(summary = "Answer the question the session served", description = "Only the item next-item served is accepted (409 otherwise). Returns the grade, the score, the right answer and the explanation. "
            + "Send an Idempotency-Key: a retry with the same key returns the same result and stores nothing twice.")
    @APIResponse(responseCode = "200", description = "The grade",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerResult.class)))
    @APIResponse(responseCode = "403", description = ProblemResponses.ORGANIZATION_REQUIRED,
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = ProblemResponses.NO_SUCH_SESSION + " (or no such item)",
            content = @Content(mediaType = ProblemResponses.PROBLEM_JSON))
    public Uni<Response> answer(@PathParam("id") String id, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull AnswerRequest body) {
        AnswerSubmission answer = new AnswerSubmission(identity.subject(), identity.organization(),
                QueryParams.uuid("id", id), body.itemId(),
                body.response().toResponse(), body.responseTimeMillis(), Instant.now(), AnswerEvent.Source.LEARNER,
                identity.caller(), IdempotencyKeys.check(idempotencyKey));
        // Runs on the event loop, like an integration's batch: the answer waits for its write without holding a thread.
        return answers.submit(List.of(answer)).map(outcomes -> Response.ok(AnswerResult.of(outcomes.get(0))).build());
    }
}
