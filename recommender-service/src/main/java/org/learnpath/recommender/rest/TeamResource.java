package org.learnpath.recommender.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.learnpath.recommender.config.TeamsConfig;
import org.learnpath.recommender.model.Team;
import org.learnpath.recommender.model.TeamSummary;
import org.learnpath.recommender.service.TeamService;
import org.learnpath.rest.IfMatch;
import org.learnpath.rest.PageView;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.ProblemType;
import org.learnpath.rest.QueryParams;
import org.learnpath.rest.Roles;
import org.learnpath.rest.Slice;
import org.learnpath.rest.security.Organizations;

/**
 * The teams of the caller's organization (the token's organization claim; 403 organization-required without one).
 * Administrators and integration service accounts see and write every team of their organization; a manager reads
 * the teams they manage; learners get 403. A team the caller may not see (another organization's, or one a manager
 * does not manage) is answered exactly as an id that does not exist.
 */
@Path("/api/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
@SecurityRequirement(name = "SecurityScheme")
public class TeamResource {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String ORGANIZATION_REQUIRED = "Not allowed for the caller's roles, or the token names no"
            + " organization (problem type organization-required)";
    static final String NO_SUCH_TEAM = "No team with this id that the caller may see: another organization's team, or"
            + " one a manager does not manage, answers exactly as an unknown id";
    static final String TOO_LARGE = "More teams, memberships or managers than a request may name (configured), or a"
            + " body over the size limit";

    private final TeamService teams;
    private final JsonWebToken token;
    private final SecurityIdentity identity;
    private final TeamsConfig config;
    private final TeamRequestCheck check;

    /**
     * The bodies are validated by {@link TeamRequestCheck} (their size first, then Hibernate Validator) rather than
     * by {@code @Valid}: see there why.
     */
    public TeamResource(TeamService teams, JsonWebToken token, SecurityIdentity identity, TeamsConfig config,
            TeamRequestCheck check) {
        this.check = check;
        this.teams = teams;
        this.token = token;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION, Roles.MANAGER })
    @Operation(summary = "List teams", description = "The teams of the caller's organization by name (a manager: the"
            + " teams they manage), members counted; paginated from page 0.")
    @APIResponse(responseCode = "200", description = "A page of teams")
    @APIResponse(responseCode = "403", description = ORGANIZATION_REQUIRED, content = @Content(mediaType = PROBLEM_JSON))
    public PageView<TeamSummaryView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        int p = QueryParams.page(page);
        int s = QueryParams.size(size, config.defaultPageSize(), config.maxPageSize());
        Slice<TeamSummary> slice = teams.list(organization(), managerScope(), p, s);
        return new PageView<>(slice.items().stream().map(TeamSummaryView::of).toList(), p, s, slice.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION, Roles.MANAGER })
    @Operation(summary = "Get a team", description = "With its members and managers. The ETag header carries the"
            + " version to send in If-Match when replacing it.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "403", description = ORGANIZATION_REQUIRED, content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = NO_SUCH_TEAM, content = @Content(mediaType = PROBLEM_JSON))
    public Response get(@PathParam("id") String id, @Context Request request) {
        String organization = organization();
        Team team = teams.get(organization, managerScope(), QueryParams.uuid("id", id));
        Response.ResponseBuilder precondition = request.evaluatePreconditions(
                new EntityTag(Long.toString(team.version())));
        if (precondition != null) {
            Response answer = precondition.header(HttpHeaders.ETAG, IfMatch.etagOf(team.version())).build();
            if (answer.getStatus() == Response.Status.PRECONDITION_FAILED.getStatusCode()) {
                // The built-in answer has no body, and every refusal of this API is a problem document.
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, 412, "The team is at version "
                        + IfMatch.etagOf(team.version()) + ", which the request's preconditions exclude", List.of(),
                        Map.of("currentEtag", IfMatch.etagOf(team.version())));
            }
            return answer;
        }
        return withEtag(Response.ok(TeamView.of(team)), team);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Create a team", description = "In the caller's organization. Members never seen before are"
            + " recorded as learners of the organization.")
    @APIResponse(responseCode = "201", description = "The team created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "Not valid (a learner or manager named twice, ...)",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = ORGANIZATION_REQUIRED, content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "A member is a learner of another organization (the problem"
            + " names the field); nothing was stored", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "Another team of the organization has the key",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM_JSON))
    public Response create(@NotNull TeamRequest body, @Context UriInfo uri) {
        String organization = organization();
        Team team = teams.create(organization, check.check(body).toDraft());
        return withEtag(Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
                .entity(TeamView.of(team)), team);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Replace a team", description = "Its key, name, members and managers. Requires If-Match with"
            + " the current ETag: 428 without it, 412 when stale. A request that changes nothing keeps the version.")
    @APIResponse(responseCode = "200", description = "The team as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "400", description = "Not valid", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = ORGANIZATION_REQUIRED, content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = NO_SUCH_TEAM + "; or a member is a learner of another"
            + " organization (the problem names the field)", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "Another team of the organization has the key",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = PROBLEM_JSON))
    public Response replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull TeamRequest body) {
        String organization = organization();
        Team team = teams.replace(organization, QueryParams.uuid("id", id), ifMatch, check.check(body).toDraft());
        return withEtag(Response.ok(TeamView.of(team)), team);
    }

    @PUT
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Upsert teams by key (HR sync)", description = "Creates each named team that has no team of"
            + " the organization with its key, and replaces the name, members and managers of those that have one;"
            + " teams not named are left alone. All or nothing. Idempotent: a team already as asked keeps its"
            + " version, so the same request twice changes nothing the second time. Every team needs a key, and a key"
            + " appears once per request.")
    @APIResponse(responseCode = "200", description = "What was created, updated and left unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamUpsertView.class)))
    @APIResponse(responseCode = "400", description = "Not valid (a team without a key, a key twice, a learner twice in"
            + " a team, ...)", content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = ORGANIZATION_REQUIRED, content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = "A member is a learner of another organization (the problem names"
            + " the field, as teams[i].members[j].learnerId); nothing was stored",
            content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "413", description = TOO_LARGE, content = @Content(mediaType = PROBLEM_JSON))
    public TeamUpsertView upsert(@NotNull TeamsUpsertRequest body) {
        String organization = organization();
        return TeamUpsertView.of(teams.upsert(organization, check.check(body).toDrafts()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a team", description = "Its memberships and managers with it; the learners stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = ORGANIZATION_REQUIRED, content = @Content(mediaType = PROBLEM_JSON))
    @APIResponse(responseCode = "404", description = NO_SUCH_TEAM, content = @Content(mediaType = PROBLEM_JSON))
    public Response delete(@PathParam("id") String id) {
        teams.delete(organization(), QueryParams.uuid("id", id));
        return Response.noContent().build();
    }

    private String organization() {
        return Organizations.required(token);
    }

    /** Null for administrators and integrations (every team of the organization), else the manager's subject. */
    private String managerScope() {
        if (identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.INTEGRATION)) {
            return null;
        }
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED, 401, "The token has no subject");
        }
        return subject;
    }

    private static Response withEtag(Response.ResponseBuilder response, Team team) {
        return response.header(HttpHeaders.ETAG, IfMatch.etagOf(team.version())).build();
    }
}
