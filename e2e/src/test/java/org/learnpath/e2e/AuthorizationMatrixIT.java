package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learnpath.local.LocalSystem;

/**
 * Scenario 4: who may call what, over every public endpoint of the three services (the list is checked against
 * each service's /q/openapi, so a new endpoint fails this test until it is added here), with real tokens from the
 * suite's Keycloak: anonymous and every kind of bad token get 401; a learner gets 403 on author, admin and
 * integration operations and on another learner's progress, and 404 on another learner's session; a manager
 * (maria) reads the teams she manages, their assignments and reports, gets 404 for another learner's progress (bob is
 * in none of her teams) and for a team she does not manage, and 403 when changing a learner's data or anything of an
 * author, admin or integration; every role that may call an endpoint gets past authorization (the requests are made
 * harmless: invalid bodies, unknown slugs, a goal that does not exist), and the team reports answer 200 to those
 * who may read them.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(4)
class AuthorizationMatrixIT {

    private static final String LEARNER = "learner";
    private static final String AUTHOR = "author";
    private static final String ADMIN = "admin";
    private static final String INTEGRATION = "integration";
    private static final String MANAGER = "manager";
    private static final Set<String> ANY_ROLE = Set.of(LEARNER, AUTHOR, ADMIN, MANAGER, INTEGRATION);
    private static final Set<String> AUTHORS = Set.of(AUTHOR, ADMIN);
    /** Shared goals are the authors' and admins', an organization's goals its admins' and managers'. */
    private static final Set<String> GOAL_WRITERS = Set.of(AUTHOR, ADMIN, MANAGER);
    private static final String SKILL = "pandas-data-structures";
    private static final String MODULE = "pandas-essentials";
    private static final String GOAL = "data-analyst";
    private static final String MISSING = "e2e-no-such-thing";

    /** How an endpoint treats a caller who may call it but is not the learner the data belongs to (bob). */
    enum Ownership {
        NONE,
        /**
         * recommender /api/learners/{id} reads: a learner on someone else's id gets 403; admin and integration may; a
         * manager reads the members of the teams they manage only, and bob is in none of maria's (404).
         */
        LEARNER_ID,
        /** recommender /api/learners/{id} writes: as LEARNER_ID, but a manager changes no one else's data (403). */
        LEARNER_ID_WRITE,
        /** assessment /api/sessions/{id}: another learner's session "does not exist" (404), admins included. */
        SESSION,
        /** A team maria does not manage, or its assignment: the organization's admins may; a manager gets 404. */
        UNMANAGED_TEAM
    }

    /**
     * @param allowed the status for the callers let in, or 0 for any answer past authorization (neither 401 nor 403,
     *                and no 5xx)
     */
    record Endpoint(String service, String method, String template, String path, Set<String> roles,
                    Ownership ownership, Supplier<Object> body, boolean idempotencyKey, int allowed) {

        Endpoint(String service, String method, String template, String path, Set<String> roles,
                 Ownership ownership, Supplier<Object> body, boolean idempotencyKey) {
            this(service, method, template, path, roles, ownership, body, idempotencyKey, 0);
        }

        String operation() {
            return method + " " + template;
        }

        String name() {
            return ownership == Ownership.UNMANAGED_TEAM ? operation() + " (a team maria does not manage)"
                    : operation();
        }
    }

    record Caller(String name, Supplier<String> token, Set<String> roles, boolean owner) {
    }

    private final E2e e2e;
    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<Caller> callers = new ArrayList<>();
    private final Map<String, Supplier<String>> badTokens = new LinkedHashMap<>();
    private String expiring;
    private final List<String> teams = new ArrayList<>();
    private final List<String> assignments = new ArrayList<>();

    AuthorizationMatrixIT(E2e e2e) {
        this.e2e = e2e;
    }

    @BeforeAll
    void prepare() {
        Keycloak kc = e2e.keycloak();
        String bobId = kc.subject("bob");
        callers.add(new Caller("alice (learner)", () -> kc.token("alice"), Set.of(LEARNER), false));
        callers.add(new Caller("bob (learner, owner)", () -> kc.token("bob"), Set.of(LEARNER), true));
        callers.add(new Caller("ada (author)", () -> kc.token("ada"), Set.of(AUTHOR, LEARNER), false));
        callers.add(new Caller("grace (admin)", () -> kc.token("grace"), Set.of(ADMIN, AUTHOR, LEARNER), false));
        callers.add(new Caller("maria (manager)", () -> kc.token("maria"), Set.of(MANAGER, LEARNER), false));
        callers.add(new Caller("integration", kc::integrationToken, Set.of(INTEGRATION), false));

        // Tokens that must never get in. Two come from extra clients created through Keycloak's admin API.
        kc.createServiceClient("e2e-short-lived", "e2e-short-lived-secret", LEARNER, true, 2);
        kc.createServiceClient("e2e-no-audience", "e2e-no-audience-secret", LEARNER, false, null);
        expiring = freshShortLivedToken(kc);
        String noAudience = kc.clientCredentials("e2e-no-audience", "e2e-no-audience-secret");
        String alice = kc.token("alice");
        badTokens.put("expired", () -> expiring);
        badTokens.put("signed by another key", () -> Keycloak.signedWithAnotherKey(alice));
        badTokens.put("alg none", () -> Keycloak.unsigned(alice));
        badTokens.put("claims tampered (admin role added)", () -> Keycloak.withAdminRoleAdded(alice));
        badTokens.put("another issuer (master realm)", kc::masterRealmToken);
        badTokens.put("without the learnpath-api audience", () -> noAudience);

        // Data that belongs to bob: a session of his, and his learner id.
        String bobSession = Api.post(e2e.assessment("/api/sessions"), kc.token("bob"),
                Api.object().put("kind", "SKILL").put("target", SKILL).put("items", 5)).expect(201).json()
                .path("id").asText();
        Items items = new Items(e2e);
        String item = items.published(SKILL).get(0).path("id").asText();
        // An item of another skill: bob's own answer with it is refused (400) without storing anything.
        String otherItem = items.published("descriptive-statistics").stream()
                .filter(i -> !i.path("skills").toString().contains(SKILL)).findFirst().orElseThrow()
                .path("id").asText();
        String unknownId = UUID.randomUUID().toString();
        Supplier<Object> empty = Api::object;
        Supplier<Object> answer = () -> Api.object().put("itemId", otherItem).put("responseTimeMillis", 1000)
                .set("response", Api.object().put("choice", "a"));
        Supplier<Object> noSuchGoal = () -> Api.object().put("goalSlug", MISSING);

        String c = LocalSystem.CATALOG;
        add(c, "GET", "/api/skills", "/api/skills", ANY_ROLE);
        add(c, "POST", "/api/skills", "/api/skills", AUTHORS, empty);
        add(c, "GET", "/api/skills/{code}", "/api/skills/" + SKILL, ANY_ROLE);
        add(c, "PUT", "/api/skills/{code}", "/api/skills/" + MISSING, AUTHORS, empty);
        add(c, "DELETE", "/api/skills/{code}", "/api/skills/" + MISSING, Set.of(ADMIN));
        add(c, "GET", "/api/modules", "/api/modules", ANY_ROLE);
        add(c, "POST", "/api/modules", "/api/modules", AUTHORS, empty);
        add(c, "GET", "/api/modules/{slug}", "/api/modules/" + MODULE, ANY_ROLE);
        add(c, "PUT", "/api/modules/{slug}", "/api/modules/" + MISSING, AUTHORS, empty);
        add(c, "DELETE", "/api/modules/{slug}", "/api/modules/" + MISSING, Set.of(ADMIN));
        add(c, "GET", "/api/modules/{slug}/goals", "/api/modules/" + MODULE + "/goals", ANY_ROLE);
        add(c, "GET", "/api/modules/{slug}/prerequisites", "/api/modules/" + MODULE + "/prerequisites?transitive=true", ANY_ROLE);
        add(c, "GET", "/api/modules/{slug}/skills", "/api/modules/" + MODULE + "/skills", ANY_ROLE);
        add(c, "GET", "/api/goals", "/api/goals", ANY_ROLE);
        add(c, "POST", "/api/goals", "/api/goals", GOAL_WRITERS, empty);
        add(c, "GET", "/api/goals/{slug}", "/api/goals/" + GOAL, ANY_ROLE);
        add(c, "PUT", "/api/goals/{slug}", "/api/goals/" + MISSING, GOAL_WRITERS, empty);
        add(c, "DELETE", "/api/goals/{slug}", "/api/goals/" + MISSING, Set.of(ADMIN, MANAGER));
        add(c, "GET", "/api/goals/{slug}/study-order", "/api/goals/" + GOAL + "/study-order", ANY_ROLE);

        String a = LocalSystem.ASSESSMENT;
        add(a, "POST", "/api/sessions", "/api/sessions", Set.of(LEARNER), empty);
        add(a, "GET", "/api/sessions", "/api/sessions", Set.of(LEARNER));
        add(new Endpoint(a, "GET", "/api/sessions/{id}", "/api/sessions/" + bobSession, Set.of(LEARNER),
                Ownership.SESSION, null, false));
        add(new Endpoint(a, "GET", "/api/sessions/{id}/next-item", "/api/sessions/" + bobSession + "/next-item",
                Set.of(LEARNER), Ownership.SESSION, null, false));
        add(new Endpoint(a, "GET", "/api/sessions/{id}/attempts", "/api/sessions/" + bobSession + "/attempts",
                Set.of(LEARNER), Ownership.SESSION, null, false));
        add(new Endpoint(a, "POST", "/api/sessions/{id}/answers", "/api/sessions/" + bobSession + "/answers",
                Set.of(LEARNER), Ownership.SESSION, answer, true));
        // Managers answer questions as learners (maria is one); the manager role alone does not reach them.
        add(a, "GET", "/api/questions/{id}", "/api/questions/" + item, Set.of(LEARNER, AUTHOR, ADMIN, INTEGRATION));
        add(a, "GET", "/api/items", "/api/items", AUTHORS);
        add(a, "POST", "/api/items", "/api/items", AUTHORS, empty);
        add(a, "GET", "/api/items/{id}", "/api/items/" + item, AUTHORS);
        add(a, "PUT", "/api/items/{id}", "/api/items/" + unknownId, AUTHORS, empty);
        add(a, "POST", "/api/items/{id}/publish", "/api/items/" + unknownId + "/publish", AUTHORS);
        add(a, "POST", "/api/items/{id}/retire", "/api/items/" + unknownId + "/retire", AUTHORS);
        add(a, "GET", "/api/reports/items/{id}", "/api/reports/items/" + item, AUTHORS);
        add(a, "GET", "/api/reports/skills", "/api/reports/skills", AUTHORS);
        add(a, "GET", "/api/reports/lint", "/api/reports/lint", AUTHORS);
        add(a, "GET", "/api/reports/skills/{code}/lint", "/api/reports/skills/" + SKILL + "/lint", AUTHORS);
        add(a, "POST", "/api/integrations/answers", "/api/integrations/answers", Set.of(INTEGRATION, ADMIN), empty);
        add(a, "GET", "/api/learners/{learnerId}/attempts", "/api/learners/" + bobId + "/attempts",
                Set.of(INTEGRATION, ADMIN));
        add(a, "GET", "/api/learners/me/attempts", "/api/learners/me/attempts", Set.of(LEARNER));

        String r = LocalSystem.RECOMMENDER;
        Set<String> progress = Set.of(LEARNER, ADMIN, INTEGRATION, MANAGER);
        String learner = "/api/learners/" + bobId;
        add(new Endpoint(r, "GET", "/api/learners/{learnerId}/goal", learner + "/goal", progress, Ownership.LEARNER_ID, null, false));
        add(new Endpoint(r, "PUT", "/api/learners/{learnerId}/goal", learner + "/goal", progress, Ownership.LEARNER_ID_WRITE, noSuchGoal, false));
        add(new Endpoint(r, "GET", "/api/learners/{learnerId}/mastery", learner + "/mastery", progress, Ownership.LEARNER_ID, null, false));
        add(new Endpoint(r, "GET", "/api/learners/{learnerId}/path", learner + "/path?goal=" + GOAL, progress, Ownership.LEARNER_ID, null, false));
        add(new Endpoint(r, "GET", "/api/learners/{learnerId}/next", learner + "/next?goal=" + GOAL, progress, Ownership.LEARNER_ID, null, false));
        // Placement: harmless on a goal that does not exist (404 before anything is stored).
        add(new Endpoint(r, "POST", "/api/learners/{learnerId}/placement", learner + "/placement", progress, Ownership.LEARNER_ID_WRITE, noSuchGoal, false));
        add(new Endpoint(r, "GET", "/api/learners/{learnerId}/placement", learner + "/placement?goal=" + MISSING, progress, Ownership.LEARNER_ID, null, false));
        add(new Endpoint(r, "POST", "/api/learners/{learnerId}/placement/finish", learner + "/placement/finish?goal=" + MISSING, progress, Ownership.LEARNER_ID_WRITE, null, false));
        add(new Endpoint(r, "POST", "/api/learners/{learnerId}/placement/skip", learner + "/placement/skip?goal=" + MISSING, progress, Ownership.LEARNER_ID_WRITE, null, false));
        add(r, "POST", "/api/refits", "/api/refits", Set.of(ADMIN));
        add(r, "GET", "/api/skill-parameters", "/api/skill-parameters", Set.of(ADMIN, AUTHOR));
        add(r, "GET", "/api/item-difficulties/{itemId}", "/api/item-difficulties/" + item, Set.of(ADMIN, AUTHOR));
        add(r, "GET", "/api/reports/item-calibration", "/api/reports/item-calibration", AUTHORS);
        add(new Endpoint(r, "GET", "/api/learners/{learnerId}/assignments", learner + "/assignments", progress,
                Ownership.LEARNER_ID, null, false));
        Set<String> teamReaders = Set.of(ADMIN, INTEGRATION, MANAGER);
        Set<String> teamWriters = Set.of(ADMIN, INTEGRATION);
        add(r, "GET", "/api/teams", "/api/teams", teamReaders);
        add(r, "POST", "/api/teams", "/api/teams", teamWriters, empty);
        add(r, "PUT", "/api/teams", "/api/teams", teamWriters, empty);
        add(r, "GET", "/api/teams/{id}", "/api/teams/" + unknownId, teamReaders);
        add(r, "PUT", "/api/teams/{id}", "/api/teams/" + unknownId, teamWriters, empty);
        add(r, "DELETE", "/api/teams/{id}", "/api/teams/" + unknownId, Set.of(ADMIN));
        Set<String> assigners = Set.of(ADMIN, MANAGER);
        add(r, "POST", "/api/assignments", "/api/assignments", assigners, empty);
        add(r, "GET", "/api/assignments", "/api/assignments", assigners);
        add(r, "GET", "/api/assignments/{id}", "/api/assignments/" + unknownId, assigners);
        add(r, "DELETE", "/api/assignments/{id}", "/api/assignments/" + unknownId, assigners);

        // The team reports, on real data: an empty team maria manages and one she does not, each assigned GOAL.
        String grace = kc.token("grace");
        String managed = team(grace, "managed", kc.subject("maria"));
        String unmanaged = team(grace, "unmanaged", null);
        String managedAssignment = assign(grace, managed);
        String unmanagedAssignment = assign(grace, unmanaged);
        assertBobIsInNoTeamOfMaria(kc, bobId);
        Set<String> reporters = Set.of(ADMIN, MANAGER);
        for (var report : List.of(Map.entry(managed, Ownership.NONE), Map.entry(unmanaged, Ownership.UNMANAGED_TEAM))) {
            String assignment = report.getKey().equals(managed) ? managedAssignment : unmanagedAssignment;
            add(new Endpoint(r, "GET", "/api/assignments/{id}/progress", "/api/assignments/" + assignment
                    + "/progress", reporters, report.getValue(), null, false, 200));
            add(new Endpoint(r, "GET", "/api/assignments/{id}/skill-gaps", "/api/assignments/" + assignment
                    + "/skill-gaps", reporters, report.getValue(), null, false, 200));
            add(new Endpoint(r, "GET", "/api/teams/{id}/skill-gaps", "/api/teams/" + report.getKey()
                    + "/skill-gaps?goal=" + GOAL, reporters, report.getValue(), null, false, 200));
        }
    }

    /** An empty team of acme (a unique key per run), created by its admin, managed by {@code manager} if given. */
    private String team(String admin, String kind, String manager) {
        ObjectNode body = Api.object().put("key", "e2e-matrix-" + kind + "-" + UUID.randomUUID().toString().substring(0, 8))
                .put("name", "Matrix team (" + kind + ")");
        body.putArray("members");
        ArrayNode managers = body.putArray("managers");
        if (manager != null) {
            managers.add(manager);
        }
        String id = Api.post(e2e.recommender("/api/teams"), admin, body).expect(201).json().path("id").asText();
        teams.add(id);
        return id;
    }

    private String assign(String admin, String team) {
        String id = Api.post(e2e.recommender("/api/assignments"), admin, Api.object().put("goal", GOAL)
                .put("teamId", team)).expect(201).json().path("id").asText();
        assignments.add(id);
        return id;
    }

    /** The rows on bob's data expect maria's 404 of a learner outside her teams: so it must be. */
    private void assertBobIsInNoTeamOfMaria(Keycloak kc, String bobId) {
        String maria = kc.token("maria");
        for (JsonNode team : Api.get(e2e.recommender("/api/teams?size=100"), maria).expect(200).json().path("items")) {
            JsonNode members = Api.get(e2e.recommender("/api/teams/" + team.path("id").asText()), maria).expect(200)
                    .json().path("members");
            assertThat(members.findValuesAsText("learnerId")).as("members of maria's team %s", team)
                    .doesNotContain(bobId);
        }
    }

    @AfterAll
    void removeTheTeams() {
        String grace = e2e.keycloak().token("grace");
        assignments.forEach(id -> Api.delete(e2e.recommender("/api/assignments/" + id), grace));
        teams.forEach(id -> Api.delete(e2e.recommender("/api/teams/" + id), grace));
    }

    /**
     * A token of the short-lived client, shown to be accepted while fresh, so that its later 401 can only be due
     * to its age. Its 2 s may run out before the proof on a busy machine: then it is fetched again.
     */
    private String freshShortLivedToken(Keycloak kc) {
        for (int attempt = 1; ; attempt++) {
            String token = kc.clientCredentials("e2e-short-lived", "e2e-short-lived-secret");
            Api.Reply reply = Api.get(e2e.catalog("/api/skills?size=1"), token);
            if (reply.status() == 200) {
                return token;
            }
            boolean expiredMeanwhile = java.time.Instant.now().getEpochSecond() >= Keycloak.claims(token).path("exp").asLong();
            if (!expiredMeanwhile || attempt == 10) {
                throw new AssertionError("a fresh token of the short-lived client was refused: " + reply);
            }
        }
    }

    private void add(String service, String method, String template, String path, Set<String> roles) {
        add(service, method, template, path, roles, null);
    }

    private void add(String service, String method, String template, String path, Set<String> roles, Supplier<Object> body) {
        add(new Endpoint(service, method, template, path, roles, Ownership.NONE, body, false));
    }

    private void add(Endpoint endpoint) {
        endpoints.add(endpoint);
    }

    @Test
    void theMatrixCoversEveryOperationInTheServicesOpenApi() {
        for (String service : LocalSystem.SERVICES) {
            JsonNode openApi = Api.get(e2e.serviceUrl(service) + "/q/openapi?format=json", null).expect(200).json();
            Set<String> published = new TreeSet<>();
            openApi.path("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                    published.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }));
            Set<String> tested = new TreeSet<>();
            endpoints.stream().filter(e -> e.service().equals(service)).forEach(e -> tested.add(e.operation()));
            assertThat(tested).as("operations of %s in this matrix vs its /q/openapi", service).isEqualTo(published);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswers401WithoutAValidToken() throws InterruptedException {
        Keycloak.awaitExpiry(expiring);
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.name(), () -> {
            SoftAssertions soft = new SoftAssertions();
            soft.assertThat(call(endpoint, null).status()).as("%s anonymous", endpoint.operation()).isEqualTo(401);
            badTokens.forEach((kind, token) -> {
                Api.Reply reply = call(endpoint, token.get());
                soft.assertThat(reply.status()).as("%s with a token %s: %s", endpoint.operation(), kind, reply)
                        .isEqualTo(401);
            });
            soft.assertAll();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointLetsInExactlyItsRolesAndOwners() {
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.name(), () -> {
            SoftAssertions soft = new SoftAssertions();
            for (Caller caller : callers) {
                Api.Reply reply = call(endpoint, caller.token().get());
                String as = endpoint.operation() + " as " + caller.name() + ": " + reply;
                int expected = expected(endpoint, caller);
                if (expected == 0) {
                    soft.assertThat(reply.status()).as("allowed: " + as).isNotIn(401, 403).isLessThan(500);
                } else {
                    soft.assertThat(reply.status()).as(as).isEqualTo(expected);
                }
            }
            soft.assertAll();
        }));
    }

    /**
     * The status the service must answer the caller, or 0 for any answer past authorization (the endpoint's
     * {@code allowed} when it names none).
     */
    private static int expected(Endpoint endpoint, Caller caller) {
        if (endpoint.roles().stream().noneMatch(caller.roles()::contains)) {
            return 403;
        }
        if (caller.owner()) {
            return endpoint.allowed();
        }
        boolean privileged = caller.roles().contains(ADMIN) || caller.roles().contains(INTEGRATION);
        return switch (endpoint.ownership()) {
            case NONE -> endpoint.allowed();
            case LEARNER_ID -> privileged ? endpoint.allowed() : caller.roles().contains(MANAGER) ? 404 : 403;
            case LEARNER_ID_WRITE -> privileged ? endpoint.allowed() : 403;
            case SESSION -> 404;
            case UNMANAGED_TEAM -> caller.roles().contains(ADMIN) ? endpoint.allowed() : 404;
        };
    }

    private Api.Reply call(Endpoint endpoint, String token) {
        Map<String, String> headers = endpoint.idempotencyKey()
                ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
        return Api.send(endpoint.method(), e2e.serviceUrl(endpoint.service()) + endpoint.path(), token,
                endpoint.body() == null ? null : endpoint.body().get(), headers);
    }
}
