package org.learnpath.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.learnpath.local.LocalSystem;

/**
 * Scenario 6: two organizations in one system, with real tokens. Keycloak puts each caller's organization in the
 * claim {@code organization} (users from their attribute, which they cannot change themselves; integration clients
 * hard-coded); globex's learner, manager, admin and integration then try everything of acme's alice by id, on every
 * learner endpoint of the assessment and recommender services, and acme's team of alice and its assignment with their
 * reports: each answers as for an id that does not exist (403 or 404, never data) and changes nothing. An acme goal of its own is seen by acme only, and a globex integration
 * cannot record answers for alice. Runs before CrashRecoveryIT: after its restart, the recommender's catalog
 * consumer waits about half a minute for its partition, longer than a new goal may take here.
 */
@ExtendWith(E2eExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(4)
class OrganizationIsolationIT {

    private static final String ACME = "acme";
    private static final String GLOBEX = "globex";
    private static final String CLAIM = "organization";
    private static final String SKILL = "pandas-data-structures";
    private static final String GOAL = "data-analyst";
    private static final String MODULE = "pandas-essentials";
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    /** A caller of the other organization. */
    record Caller(String name, Supplier<String> token) {
    }

    /**
     * One request about a learner or a session, built for an id: run with alice's and with an id that does not
     * exist, the two answers must not differ.
     */
    record Probe(String service, String method, Function<String, String> path, Supplier<Object> body,
                 boolean idempotencyKey) {
    }

    private final E2e e2e;
    private final Keycloak kc;
    private final Items items;
    private final List<Caller> strangers = new ArrayList<>();
    private String aliceId;
    private String session;
    private String servedItem;
    private String orgGoal;
    private String teamId;
    private String assignmentId;

    OrganizationIsolationIT(E2e e2e) {
        this.e2e = e2e;
        this.kc = e2e.keycloak();
        this.items = new Items(e2e);
    }

    /**
     * alice's data in both services, made by herself: her goal, and a session with one answer (reaching the
     * recommender) and another item served and waiting for its answer.
     */
    @BeforeAll
    void prepare() {
        String alice = kc.token("alice");
        aliceId = kc.subject("alice");
        Api.put(e2e.recommender("/api/learners/me/goal"), alice, Api.object().put("goalSlug", GOAL), Map.of())
                .expect(200);
        session = Api.post(e2e.assessment("/api/sessions"), alice,
                Api.object().put("kind", "SKILL").put("target", SKILL).put("items", 5)).expect(201).json()
                .path("id").asText();
        String first = Api.get(e2e.assessment("/api/sessions/" + session + "/next-item"), alice).expect(200).json()
                .path("id").asText();
        int practiced = practice(Api.get(e2e.recommender("/api/learners/me/mastery"), alice).expect(200).json());
        Api.send("POST", e2e.assessment("/api/sessions/" + session + "/answers"), alice, Api.object()
                        .put("itemId", first).put("responseTimeMillis", 5000).set("response", items.response(first, true)),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).expect(200);
        E2e.await(VISIBLE_WITHIN, "alice's answer to reach the recommender",
                () -> Api.get(e2e.recommender("/api/learners/me/mastery"), alice).expect(200).json(),
                m -> practice(m) > practiced);
        servedItem = Api.get(e2e.assessment("/api/sessions/" + session + "/next-item"), alice).expect(200).json()
                .path("id").asText();

        // acme's team of alice, managed by maria, and an assignment of the goal to it (by acme's admin).
        String grace = kc.token("grace");
        ObjectNode team = Api.object().put("key", "e2e-isolation-" + UUID.randomUUID().toString().substring(0, 8))
                .put("name", "Isolation team");
        team.putArray("members").addObject().put("learnerId", aliceId);
        team.putArray("managers").add(kc.subject("maria"));
        teamId = Api.post(e2e.recommender("/api/teams"), grace, team).expect(201).json().path("id").asText();
        assignmentId = Api.post(e2e.recommender("/api/assignments"), grace,
                Api.object().put("goal", GOAL).put("teamId", teamId)).expect(201).json().path("id").asText();

        strangers.add(new Caller("gina (globex learner)", () -> kc.token("gina")));
        strangers.add(new Caller("gus (globex manager)", () -> kc.token("gus")));
        strangers.add(new Caller("gwen (globex admin)", () -> kc.token("gwen")));
        strangers.add(new Caller("globex-integration", kc::globexIntegrationToken));
    }

    @AfterAll
    void removeTheTeam() {
        String grace = kc.token("grace");
        if (assignmentId != null) {
            Api.delete(e2e.recommender("/api/assignments/" + assignmentId), grace);
        }
        if (teamId != null) {
            Api.delete(e2e.recommender("/api/teams/" + teamId), grace);
        }
    }

    @AfterAll
    void removeTheOrganizationGoal() {
        if (orgGoal != null) {
            Api.delete(e2e.catalog("/api/goals/" + orgGoal), kc.token("grace"));
        }
    }

    @Test
    void everyTokenNamesItsCallersOrganization() {
        Map<String, String> users = new LinkedHashMap<>();
        List.of("alice", "bob", "ada", "grace", "maria").forEach(u -> users.put(u, ACME));
        List.of("gina", "gus", "gwen").forEach(u -> users.put(u, GLOBEX));
        SoftAssertions soft = new SoftAssertions();
        users.forEach((user, organization) -> {
            JsonNode claim = Keycloak.claims(kc.token(user)).path(CLAIM);
            soft.assertThat(claim.isTextual()).as("%s: %s is a string: %s", user, CLAIM, claim).isTrue();
            soft.assertThat(claim.asText()).as("%s's organization", user).isEqualTo(organization);
        });
        soft.assertThat(Keycloak.claims(kc.integrationToken()).path(CLAIM).asText()).as(Keycloak.INTEGRATION)
                .isEqualTo(ACME);
        soft.assertThat(Keycloak.claims(kc.globexIntegrationToken()).path(CLAIM).asText())
                .as(Keycloak.GLOBEX_INTEGRATION).isEqualTo(GLOBEX);
        // The portal signs in with the ID token as well: it names the organization too.
        JsonNode tokens = kc.passwordGrant("gina", "openid");
        soft.assertThat(Keycloak.claims(tokens.path("id_token").asText()).path(CLAIM).asText()).as("gina's ID token")
                .isEqualTo(GLOBEX);
        soft.assertThat(Keycloak.claims(kc.token("gus")).path("realm_access").path("roles").toString())
                .as("gus's roles").contains("\"manager\"");
        // The realm file fixes the people's ids: their learner ids survive a new import of the realm.
        soft.assertThat(aliceId).as("alice's sub").isEqualTo("00000000-0000-4000-8000-0000000a0001");
        soft.assertThat(kc.subject("gina")).as("gina's sub").isEqualTo("00000000-0000-4000-8000-0000000b0001");
        soft.assertAll();
    }

    /**
     * The realm's user profile as Keycloak imported it: administrators set a person's organization (an alias, the
     * profile's pattern checked), and no one sees or changes their own through the account console's API, which
     * accepts the rest of their profile back. (The demo people have no account-console role; the person here is
     * created as an administrator would, with the realm's default roles.)
     */
    @Test
    void aUserCannotChangeTheirOwnOrganization() {
        JsonNode profile = kc.admin("/users/profile");
        JsonNode attribute = null;
        for (JsonNode a : profile.path("attributes")) {
            if (a.path("name").asText().equals(CLAIM)) {
                attribute = a;
            }
        }
        assertThat(attribute).as("the user-profile attribute %s in %s", CLAIM, profile).isNotNull();
        assertThat(attribute.path("permissions").path("edit").toString()).isEqualTo("[\"admin\"]");
        assertThat(attribute.path("permissions").path("view").toString()).isEqualTo("[\"admin\"]");

        String username = "e2e-org-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply notAnAlias = kc.createUser(person(username, "Acme Analytics"));
        assertThat(notAnAlias.status()).as("%s", notAnAlias).isEqualTo(400);
        assertThat(notAnAlias.body()).contains(CLAIM);
        kc.createUser(person(username, ACME)).expect(201);
        String id = kc.userId(username);
        try {
            String token = kc.passwordGrant(username, Keycloak.PASSWORD, "openid").path("access_token").asText();
            assertThat(Keycloak.claims(token).path(CLAIM).asText()).isEqualTo(ACME);
            JsonNode own = Api.get(kc.accountUrl(), token).expect(200).json();
            assertThat(own.path("username").asText()).isEqualTo(username);
            assertThat(own.path("attributes").has(CLAIM)).as("the user sees their organization: %s", own).isFalse();
            // Their own profile sent back as it is: accepted (the API is open to them: the refusal below is the rule's).
            Api.post(kc.accountUrl(), token, own).expect(204);
            ObjectNode moved = own.deepCopy();
            (moved.has("attributes") ? (ObjectNode) moved.get("attributes") : moved.putObject("attributes"))
                    .putArray(CLAIM).add(GLOBEX);
            Api.Reply attempt = Api.post(kc.accountUrl(), token, moved);
            System.out.printf("[e2e] the account API answered %d to a user changing their own organization%n",
                    attempt.status());

            JsonNode stored = kc.admin("/users/" + id);
            assertThat(stored.path("attributes").path(CLAIM).toString()).as("the organization after %s", attempt)
                    .isEqualTo("[\"acme\"]");
            assertThat(Keycloak.claims(kc.passwordGrant(username, Keycloak.PASSWORD, "openid").path("access_token")
                    .asText()).path(CLAIM).asText()).isEqualTo(ACME);
        } finally {
            kc.deleteUser(id);
        }
    }

    private static ObjectNode person(String username, String organization) {
        ObjectNode user = Api.object().put("username", username).put("enabled", true).put("emailVerified", true)
                .put("email", username + "@learnpath.example").put("firstName", "Ephemeral").put("lastName", "Person");
        user.putObject("attributes").putArray(CLAIM).add(organization);
        user.putArray("credentials").addObject().put("type", "password").put("value", Keycloak.PASSWORD)
                .put("temporary", false);
        return user;
    }

    /**
     * globex's learner, manager, admin and integration on every learner endpoint, with alice's learner id and
     * session, and on acme's team and assignment and their reports: exactly what an id that does not exist gets, 403
     * or 404 (the same problem type and detail), never data; alice's goal, answers and session, the team and the
     * assignment stay as they were.
     */
    @Test
    void anotherOrganizationReachesNoneOfAlicesData() {
        String item = servedItem;
        Supplier<Object> answer = () -> Api.object().put("itemId", item).put("responseTimeMillis", 3000)
                .set("response", items.response(item, true));
        String r = LocalSystem.RECOMMENDER;
        String a = LocalSystem.ASSESSMENT;
        Map<String, Probe> learnerProbes = new LinkedHashMap<>();
        learnerProbes.put("GET path", new Probe(r, "GET", id -> "/api/learners/" + id + "/path?goal=" + GOAL, null, false));
        learnerProbes.put("GET next", new Probe(r, "GET", id -> "/api/learners/" + id + "/next?goal=" + GOAL, null, false));
        learnerProbes.put("GET mastery", new Probe(r, "GET", id -> "/api/learners/" + id + "/mastery", null, false));
        learnerProbes.put("GET goal", new Probe(r, "GET", id -> "/api/learners/" + id + "/goal", null, false));
        learnerProbes.put("PUT goal", new Probe(r, "PUT", id -> "/api/learners/" + id + "/goal",
                () -> Api.object().put("goalSlug", "ml-foundations"), false));
        learnerProbes.put("GET attempts", new Probe(a, "GET", id -> "/api/learners/" + id + "/attempts", null, false));
        learnerProbes.put("GET assignments", new Probe(r, "GET", id -> "/api/learners/" + id + "/assignments", null,
                false));
        Map<String, Probe> assignmentProbes = new LinkedHashMap<>();
        assignmentProbes.put("GET assignment", new Probe(r, "GET", id -> "/api/assignments/" + id, null, false));
        assignmentProbes.put("GET assignment progress", new Probe(r, "GET", id -> "/api/assignments/" + id
                + "/progress", null, false));
        assignmentProbes.put("GET assignment skill gaps", new Probe(r, "GET", id -> "/api/assignments/" + id
                + "/skill-gaps", null, false));
        assignmentProbes.put("DELETE assignment", new Probe(r, "DELETE", id -> "/api/assignments/" + id, null, false));
        Map<String, Probe> teamProbes = new LinkedHashMap<>();
        teamProbes.put("GET team", new Probe(r, "GET", id -> "/api/teams/" + id, null, false));
        teamProbes.put("GET team skill gaps", new Probe(r, "GET", id -> "/api/teams/" + id + "/skill-gaps?goal="
                + GOAL, null, false));
        Map<String, Probe> sessionProbes = new LinkedHashMap<>();
        sessionProbes.put("GET session", new Probe(a, "GET", id -> "/api/sessions/" + id, null, false));
        sessionProbes.put("GET next-item", new Probe(a, "GET", id -> "/api/sessions/" + id + "/next-item", null, false));
        sessionProbes.put("GET session attempts", new Probe(a, "GET", id -> "/api/sessions/" + id + "/attempts", null, false));
        sessionProbes.put("POST answers", new Probe(a, "POST", id -> "/api/sessions/" + id + "/answers", answer, true));

        String grace = kc.token("grace");
        List<JsonNode> attemptsBefore = attempts(kc.integrationToken(), aliceId);
        JsonNode sessionBefore = Api.get(e2e.assessment("/api/sessions/" + session), kc.token("alice")).expect(200).json();

        SoftAssertions soft = new SoftAssertions();
        for (Caller caller : strangers) {
            String token = caller.token().get();
            learnerProbes.forEach((name, probe) -> compare(soft, caller, name, probe, token, aliceId,
                    UUID.randomUUID().toString()));
            sessionProbes.forEach((name, probe) -> compare(soft, caller, name, probe, token, session,
                    UUID.randomUUID().toString()));
            assignmentProbes.forEach((name, probe) -> compare(soft, caller, name, probe, token, assignmentId,
                    UUID.randomUUID().toString()));
            teamProbes.forEach((name, probe) -> compare(soft, caller, name, probe, token, teamId,
                    UUID.randomUUID().toString()));
        }
        soft.assertAll();

        // Nothing of alice's changed; her own organization still reaches all of it (so the 404s above are not
        // everyone's).
        String alice = kc.token("alice");
        assertThat(Api.get(e2e.recommender("/api/learners/" + aliceId + "/goal"), alice).expect(200).json()
                .path("goalSlug").asText()).isEqualTo(GOAL);
        assertThat(attempts(kc.integrationToken(), aliceId)).hasSameSizeAs(attemptsBefore).isNotEmpty();
        assertThat(Api.get(e2e.assessment("/api/sessions/" + session), alice).expect(200).json())
                .isEqualTo(sessionBefore);
        Api.get(e2e.recommender("/api/learners/" + aliceId + "/mastery"), grace).expect(200);
        Api.get(e2e.recommender("/api/learners/" + aliceId + "/path?goal=" + GOAL), kc.integrationToken()).expect(200);
        Api.get(e2e.assessment("/api/learners/" + aliceId + "/attempts"), grace).expect(200);
        String maria = kc.token("maria");
        assertThat(Api.get(e2e.recommender("/api/assignments/" + assignmentId), maria).expect(200).json()
                .path("learnerCount").asInt()).isEqualTo(1);
        Api.get(e2e.recommender("/api/assignments/" + assignmentId + "/progress"), maria).expect(200);
        Api.get(e2e.recommender("/api/assignments/" + assignmentId + "/skill-gaps"), grace).expect(200);
        assertThat(Api.get(e2e.recommender("/api/teams/" + teamId), grace).expect(200).json().path("members")
                .findValuesAsText("learnerId")).containsExactly(aliceId);
        Api.get(e2e.recommender("/api/teams/" + teamId + "/skill-gaps?goal=" + GOAL), maria).expect(200);
    }

    /**
     * alice's id gets 403 or 404 as a problem document, never data. Where an id that does not exist is refused as
     * well, the two answers are the same (status, problem type, detail with the id left out), so that the refusal
     * does not tell that alice exists. (For an admin or an integration a learner id nobody has used yet may be
     * served, e.g. an empty path: such a learner is nobody's yet.)
     */
    private void compare(SoftAssertions soft, Caller caller, String name, Probe probe, String token, String id,
                         String unknown) {
        Api.Reply theirs = call(probe, token, id);
        String as = caller.name() + " " + name + ": " + theirs;
        soft.assertThat(theirs.status()).as(as).isIn(403, 404);
        if (theirs.status() != 403 && theirs.status() != 404) {
            return;
        }
        JsonNode problem = theirs.json();
        soft.assertThat(problem.path("status").asInt()).as("%s: a problem document", as).isEqualTo(theirs.status());
        Api.Reply none = call(probe, token, unknown);
        if (none.status() == 403 || none.status() == 404) {
            JsonNode noneProblem = none.json();
            soft.assertThat(theirs.status()).as("%s, and for an id that does not exist: %s", as, none)
                    .isEqualTo(none.status());
            soft.assertThat(problem.path("type").asText()).as("%s: problem type", as)
                    .isEqualTo(noneProblem.path("type").asText());
            soft.assertThat(problem.path("detail").asText().replace(id, "{id}")).as("%s: detail", as)
                    .isEqualTo(noneProblem.path("detail").asText().replace(unknown, "{id}"));
        }
    }

    /**
     * acme's admin sets a goal for acme alone: alice sees it in the catalog and can follow it in the recommender;
     * globex sees it nowhere and cannot use, change or delete it, while the shared goals stay everyone's.
     */
    @Test
    void anOrganizationsGoalIsSeenByItsMembersOnly() {
        String grace = kc.token("grace");
        String alice = kc.token("alice");
        String gina = kc.token("gina");
        String gwen = kc.token("gwen");
        String slug = "e2e-org-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = Api.post(e2e.catalog("/api/goals"), grace, Api.object().put("slug", slug)
                .put("name", "Acme onboarding " + slug).put("description", "acme's own goal, from the end-to-end tests.")
                .put("audience", "ORGANIZATION").set("modules", Api.JSON.createArrayNode().add(MODULE)))
                .expect(201).json();
        orgGoal = slug;
        assertThat(created.path("audience").asText()).isEqualTo("ORGANIZATION");
        assertThat(created.path("organization").asText()).isEqualTo(ACME);

        assertThat(goalSlugs(alice)).contains(slug, GOAL);
        Api.get(e2e.catalog("/api/goals/" + slug), alice).expect(200);
        E2e.await(VISIBLE_WITHIN, "goal " + slug + " to reach the recommender",
                () -> Api.get(e2e.recommender("/api/learners/me/path?goal=" + slug), alice),
                reply -> reply.status() == 200);

        assertThat(goalSlugs(gina)).contains(GOAL).doesNotContain(slug);
        assertThat(Api.get(e2e.catalog("/api/modules/" + MODULE + "/goals"), gina).expect(200).body())
                .doesNotContain(slug);
        Api.get(e2e.catalog("/api/goals/" + GOAL), gina).expect(200);
        // For globex it is a goal that does not exist, in the catalog and in the recommender.
        asForNoSuchGoal("GET goal", s -> Api.get(e2e.catalog("/api/goals/" + s), gina), slug, 404);
        asForNoSuchGoal("GET study-order", s -> Api.get(e2e.catalog("/api/goals/" + s + "/study-order"), gina),
                slug, 404);
        asForNoSuchGoal("GET path", s -> Api.get(e2e.recommender("/api/learners/me/path?goal=" + s), gina), slug,
                404);
        asForNoSuchGoal("PUT me/goal", s -> Api.put(e2e.recommender("/api/learners/me/goal"), gina,
                Api.object().put("goalSlug", s), Map.of()), slug, 400, 404);
        // globex's admin cannot delete it either.
        asForNoSuchGoal("DELETE goal", s -> Api.delete(e2e.catalog("/api/goals/" + s), gwen), slug, 404);
        Api.get(e2e.catalog("/api/goals/" + slug), alice).expect(200);
    }

    /** The request about {@code slug} is refused (one of {@code statuses}) exactly as about a slug nobody used. */
    private static void asForNoSuchGoal(String what, Function<String, Api.Reply> request, String slug,
                                        Integer... statuses) {
        String none = "e2e-no-such-goal-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Reply theirs = request.apply(slug);
        Api.Reply nobodys = request.apply(none);
        assertThat(theirs.status()).as("%s: %s", what, theirs).isIn((Object[]) statuses)
                .isEqualTo(nobodys.status());
        assertThat(theirs.json().path("type").asText()).as("%s: problem type", what)
                .isEqualTo(nobodys.json().path("type").asText());
        assertThat(theirs.json().path("detail").asText().replace(slug, "{slug}")).as("%s: detail", what)
                .isEqualTo(nobodys.json().path("detail").asText().replace(none, "{slug}"));
    }

    /**
     * globex's integration records answers for globex's learners only: a batch naming alice is refused whole
     * (nothing stored, also not its answer for gina), the same batch for gina alone is recorded, and gina's
     * answers are then globex's to read, not acme's.
     */
    @Test
    void anotherOrganizationsIntegrationCannotRecordAnswersForAlice() {
        String globex = kc.globexIntegrationToken();
        String ginaId = kc.subject("gina");
        List<JsonNode> bank = items.published(SKILL);
        String item = bank.get(bank.size() - 1).path("id").asText();
        Instant answeredAt = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        int aliceAttempts = attempts(kc.integrationToken(), aliceId).size();

        Api.Reply aliceOnly = Api.post(e2e.assessment("/api/integrations/answers"), globex,
                batch(answeredAt, item, aliceId));
        Api.Reply mixed = Api.post(e2e.assessment("/api/integrations/answers"), globex,
                batch(answeredAt, item, ginaId, aliceId));
        SoftAssertions soft = new SoftAssertions();
        for (Api.Reply refused : List.of(aliceOnly, mixed)) {
            soft.assertThat(refused.status()).as("refused: %s", refused).isBetween(400, 499);
            soft.assertThat(refused.body()).as("no result of alice's: %s", refused).doesNotContain("attemptId");
        }
        soft.assertAll();
        assertThat(attempts(kc.integrationToken(), aliceId)).as("alice's answers").hasSize(aliceAttempts);

        JsonNode recorded = Api.post(e2e.assessment("/api/integrations/answers"), globex,
                batch(answeredAt, item, ginaId)).expect(200).json().path("results");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).path("learnerId").asText()).isEqualTo(ginaId);
        assertThat(attempts(globex, ginaId)).as("gina's answers: the mixed batch stored none").hasSize(1);
        Api.get(e2e.assessment("/api/learners/" + ginaId + "/attempts"), kc.token("gwen")).expect(200);
        Api.get(e2e.assessment("/api/learners/" + ginaId + "/attempts"), kc.integrationToken()).expect(404);
        Api.get(e2e.assessment("/api/learners/" + ginaId + "/attempts"), kc.token("grace")).expect(404);
    }

    private ObjectNode batch(Instant answeredAt, String item, String... learners) {
        ObjectNode batch = Api.object();
        ArrayNode answers = batch.putArray("answers");
        for (String learner : learners) {
            answers.addObject().put("learnerId", learner).put("itemId", item).put("responseTimeMillis", 9000)
                    .put("answeredAt", answeredAt.toString()).set("response", items.response(item, false));
        }
        return batch;
    }

    private Api.Reply call(Probe probe, String token, String id) {
        Map<String, String> headers = probe.idempotencyKey()
                ? Map.of("Idempotency-Key", UUID.randomUUID().toString()) : Map.of();
        return Api.send(probe.method(), e2e.serviceUrl(probe.service()) + probe.path().apply(id), token,
                probe.body() == null ? null : probe.body().get(), headers);
    }

    private List<JsonNode> attempts(String token, String learner) {
        List<JsonNode> all = new ArrayList<>();
        Api.get(e2e.assessment("/api/learners/" + learner + "/attempts?size=100"), token).expect(200).json()
                .forEach(all::add);
        return all;
    }

    private List<String> goalSlugs(String token) {
        List<String> slugs = new ArrayList<>();
        Api.get(e2e.catalog("/api/goals"), token).expect(200).json().forEach(g -> slugs.add(g.path("slug").asText()));
        return slugs;
    }

    private static int practice(JsonNode mastery) {
        int total = 0;
        for (JsonNode skill : mastery.path("skills")) {
            total += skill.path("practiceCount").asInt();
        }
        return total;
    }
}
