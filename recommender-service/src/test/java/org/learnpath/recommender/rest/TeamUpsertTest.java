package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.recommender.rest.TeamApiTest.member;
import static org.learnpath.recommender.rest.TeamApiTest.team;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.Api;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * The HR sync's bulk upsert by key: idempotent (the same body twice changes nothing), all or nothing, safe when two
 * syncs run at once, and confined to the caller's organization.
 */
@QuarkusTest
@LearnPathTestResources
class TeamUpsertTest {

    static final String PROBLEM = "application/problem+json";

    String integration;
    String suffix;

    @BeforeEach
    void setUp() {
        integration = TestTokens.integration();
        suffix = Api.unique("u");
    }

    private Map<String, Object> body(Object... teams) {
        return Map.of("teams", List.of(teams));
    }

    @Test
    void theSameBodyTwiceChangesNothingTheSecondTime() {
        String maria = subjectOf("maria-" + suffix);
        Map<String, Object> sync = body(
                team("eng-" + suffix, "Engineering", List.of(member(subjectOf("a-" + suffix), "A"),
                        member(subjectOf("b-" + suffix), null)), List.of(maria)),
                team("ops-" + suffix, "Operations", List.of(member(subjectOf("c-" + suffix), "C")), List.of()));
        JsonPath first = as(integration).body(sync).put("/api/teams").then().statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("teams.outcome", equalTo(List.of("CREATED", "CREATED")))
                .body("teams.key", equalTo(List.of("eng-" + suffix, "ops-" + suffix)))
                .body("teams.version", equalTo(List.of(1, 1))).extract().jsonPath();
        JsonPath second = as(integration).body(sync).put("/api/teams").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2))
                .body("teams.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED"))).extract().jsonPath();
        assertThat(second.getList("teams.id")).isEqualTo(first.getList("teams.id"));
        assertThat(second.getList("teams.version")).isEqualTo(first.getList("teams.version"));
        String eng = first.getString("teams[0].id");
        String admin = TestTokens.admin("sync-admin");
        as(admin).get("/api/teams/" + eng).then().statusCode(200).header("ETag", "\"1\"")
                .body("members.size()", equalTo(2)).body("managers", equalTo(List.of(maria)));

        // Members listed in another order are the same team.
        Map<String, Object> reordered = body(team("eng-" + suffix, "Engineering", List.of(
                member(subjectOf("b-" + suffix), null), member(subjectOf("a-" + suffix), "A")), List.of(maria)));
        as(integration).body(reordered).put("/api/teams").then().statusCode(200).body("unchanged", equalTo(1));

        // One change to one team: only that team moves to its next version; the team not named is untouched.
        Map<String, Object> renamed = body(team("eng-" + suffix, "Engineering", List.of(
                member(subjectOf("a-" + suffix), "A. Person"), member(subjectOf("b-" + suffix), null)), List.of(maria)));
        as(integration).body(renamed).put("/api/teams").then().statusCode(200).body("updated", equalTo(1))
                .body("teams[0].version", equalTo(2)).body("teams[0].id", equalTo(eng));
        as(admin).get("/api/teams/" + eng).then().header("ETag", "\"2\"")
                .body("members.find { it.learnerId == '" + subjectOf("a-" + suffix) + "' }.name", equalTo("A. Person"));
        as(admin).get("/api/teams/" + first.getString("teams[1].id")).then().body("version", equalTo(1))
                .body("name", equalTo("Operations"));
        // Managers replaced too.
        as(integration).body(body(team("eng-" + suffix, "Engineering", List.of(
                member(subjectOf("a-" + suffix), "A. Person"), member(subjectOf("b-" + suffix), null)), List.of())))
                .put("/api/teams").then().statusCode(200).body("updated", equalTo(1));
        as(admin).get("/api/teams/" + eng).then().body("managers", equalTo(List.of())).body("version", equalTo(3));
    }

    @Test
    void aBadMemberRefusesTheWholeRequest() {
        String globexLearner = subjectOf("globex-" + suffix);
        as(TestTokens.integrationOf(GLOBEX).sign()).body(body(team("g-" + suffix, "Globex team",
                List.of(member(globexLearner, null)), List.of()))).put("/api/teams").then().statusCode(200);
        String existingKey = "keep-" + suffix;
        as(integration).body(body(team(existingKey, "Keep", List.of(), List.of()))).put("/api/teams").then()
                .statusCode(200);

        String fresh = subjectOf("fresh-" + suffix);
        Response refused = as(integration).body(body(
                team("new-" + suffix, "New", List.of(member(fresh, null)), List.of()),
                team(existingKey, "Renamed", List.of(), List.of()),
                team("bad-" + suffix, "Bad", List.of(member(subjectOf("ok-" + suffix), null), member(globexLearner, null)),
                        List.of()))).put("/api/teams");
        refused.then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:not-found"))
                .body("errors[0].field", equalTo("teams[2].members[1].learnerId"))
                .body("detail", equalTo("teams[2].members[1].learnerId: no learner '" + globexLearner
                        + "' in your organization"));
        assertThat(Fixtures.count("select count(*) from team where team_key in (?, ?)", "new-" + suffix, "bad-" + suffix))
                .isZero();
        assertThat(Fixtures.count("select count(*) from team where team_key = ? and name = 'Keep' and version = 1",
                existingKey)).isEqualTo(1);
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ?", fresh)).isZero();
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ? and organization = ?",
                globexLearner, GLOBEX)).isEqualTo(1);
    }

    @Test
    void keysAreRequiredAndUniqueWithinARequest() {
        as(integration).body(body(team(null, "No key", List.of(), List.of()))).put("/api/teams").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("teams[0].key"));
        as(integration).body(body(team("same-" + suffix, "A", List.of(), List.of()),
                team("same-" + suffix, "B", List.of(), List.of()))).put("/api/teams").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("teams[1].key"));
        as(integration).body(body(team("dupm-" + suffix, "A", List.of(member("x-" + suffix, null),
                member("x-" + suffix, "again")), List.of()))).put("/api/teams").then().statusCode(400)
                .body("errors[0].field", equalTo("teams[0].members[1].learnerId"));
        as(integration).body(Map.of()).put("/api/teams").then().statusCode(400).contentType(PROBLEM);
        as(integration).body("{\"teams\": {}}").put("/api/teams").then().statusCode(400).contentType(PROBLEM);
        as(integration).body("{\"teams\": [1]}").put("/api/teams").then().statusCode(400).contentType(PROBLEM);
        assertThat(Fixtures.count("select count(*) from team where team_key like ?", "%" + suffix)).isZero();
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ?", "x-" + suffix))
                .isZero();
        // An empty sync is valid and does nothing.
        as(integration).body(body()).put("/api/teams").then().statusCode(200).body("created", equalTo(0));
    }

    @Test
    void anotherOrganizationsSyncWithTheSameKeysCreatesItsOwnTeamsAndNeverTouchesAcmes() {
        String key = "shared-key-" + suffix;
        String acmeMember = subjectOf("acme-m-" + suffix);
        String acmeId = as(integration).body(body(team(key, "Acme team", List.of(member(acmeMember, "Acme member")),
                List.of(subjectOf("acme-boss-" + suffix))))).put("/api/teams").then().statusCode(200)
                .body("created", equalTo(1)).extract().path("teams[0].id");

        String globex = TestTokens.integrationOf(GLOBEX).sign();
        String globexMember = subjectOf("globex-m-" + suffix);
        JsonPath globexResult = as(globex).body(body(team(key, "Globex team", List.of(member(globexMember, null)),
                List.of()))).put("/api/teams").then().statusCode(200).body("created", equalTo(1))
                .extract().jsonPath();
        assertThat(globexResult.getString("teams[0].id")).isNotEqualTo(acmeId);
        // Again, changed: updates globex's own team only.
        as(globex).body(body(team(key, "Globex team renamed", List.of(), List.of()))).put("/api/teams").then()
                .statusCode(200).body("updated", equalTo(1))
                .body("teams[0].id", equalTo(globexResult.getString("teams[0].id")));

        String admin = TestTokens.admin("sync-admin");
        as(admin).get("/api/teams/" + acmeId).then().statusCode(200).body("name", equalTo("Acme team"))
                .body("version", equalTo(1)).body("members.learnerId", equalTo(List.of(acmeMember)))
                .body("members[0].name", equalTo("Acme member"))
                .body("managers", equalTo(List.of(subjectOf("acme-boss-" + suffix))));
        as(globex).get("/api/teams/" + acmeId).then().statusCode(404);
        as(user("globex-admin", "admin").organization(GLOBEX).sign()).get("/api/teams/"
                + globexResult.getString("teams[0].id")).then().statusCode(200)
                .body("name", equalTo("Globex team renamed"));
        // Naming acme's member from globex is refused: the learner is acme's.
        as(globex).body(body(team(key, "Globex team", List.of(member(acmeMember, null)), List.of())))
                .put("/api/teams").then().statusCode(404).body("errors[0].field", equalTo("teams[0].members[0].learnerId"));
        as(admin).get("/api/teams/" + acmeId).then().body("version", equalTo(1));
    }

    @Test
    void concurrentIdenticalSyncsAllSucceedAndCreateEachTeamOnce() throws Exception {
        int parallel = 4;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            for (int round = 0; round < 5; round++) {
                // Teams without members: a member would make the syncs wait for each other on recording the
                // learner, which hides a race on the teams themselves.
                List<Object> teams = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    teams.add(team("race-" + round + "-" + i + "-" + suffix, "Race " + i, List.of(),
                            List.of(subjectOf("race-boss-" + suffix))));
                }
                Map<String, Object> sync = Map.of("teams", teams);
                List<Callable<Response>> calls = new ArrayList<>();
                for (int i = 0; i < parallel; i++) {
                    calls.add(() -> as(integration).body(sync).put("/api/teams"));
                }
                List<Integer> created = new ArrayList<>();
                for (Future<Response> future : pool.invokeAll(calls)) {
                    Response response = future.get();
                    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
                    created.add(response.jsonPath().getInt("created"));
                    assertThat(response.jsonPath().getInt("created") + response.jsonPath().getInt("unchanged"))
                            .isEqualTo(20);
                }
                // The syncs take turns: one created every team, the others found them as asked.
                assertThat(created).containsExactlyInAnyOrder(20, 0, 0, 0);
                assertThat(Fixtures.count("select count(*) from team where team_key like ? and version = 1",
                        "race-" + round + "-%-" + suffix)).isEqualTo(20);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
