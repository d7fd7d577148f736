package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.Api;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * The team API: create, read, replace (If-Match), delete, list; who may do what; every team confined to its
 * organization; and bad input (fields, duplicates, limits) refused with a problem document, never stored.
 */
@QuarkusTest
@LearnPathTestResources
class TeamApiTest {

    static final String PROBLEM = "application/problem+json";

    String admin;
    String suffix;

    @BeforeEach
    void setUp() {
        admin = TestTokens.admin("team-admin");
        suffix = Api.unique("t");
    }

    static Map<String, Object> team(String key, String name, List<?> members, List<String> managers) {
        Map<String, Object> team = new LinkedHashMap<>();
        if (key != null) {
            team.put("key", key);
        }
        team.put("name", name);
        team.put("members", members);
        team.put("managers", managers);
        return team;
    }

    static Map<String, Object> member(String learnerId, String name) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("learnerId", learnerId);
        if (name != null) {
            member.put("name", name);
        }
        return member;
    }

    @Test
    void anAdminCreatesReadsReplacesAndDeletesATeamWithIfMatch() {
        String ada = subjectOf("ada-" + suffix);
        String bo = subjectOf("bo-" + suffix);
        String maria = subjectOf("maria-" + suffix);
        Response created = as(admin).body(team("hr-" + suffix, "Data team", List.of(member(bo, "Bo"), member(ada, null)),
                List.of(maria))).post("/api/teams");
        created.then().statusCode(201).header("ETag", "\"1\"").body("version", equalTo(1))
                .body("key", equalTo("hr-" + suffix)).body("name", equalTo("Data team"))
                .body("managers", equalTo(List.of(maria)));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/teams/" + id);
        // Members in learner id order, with their display names.
        List<String> ordered = new ArrayList<>(List.of(ada, bo));
        ordered.sort(null);
        as(admin).get("/api/teams/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("members.learnerId", equalTo(ordered))
                .body("members.find { it.learnerId == '" + bo + "' }.name", equalTo("Bo"));
        // Members never seen before are now learners of the organization.
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id in (?, ?)"
                + " and organization = 'acme'", ada, bo)).isEqualTo(2);

        Map<String, Object> renamed = team("hr-" + suffix, "Data science team", List.of(member(ada, null)), List.of(maria));
        as(admin).body(renamed).put("/api/teams/" + id).then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:precondition-required"));
        as(admin).header("If-Match", "\"7\"").body(renamed).put("/api/teams/" + id).then().statusCode(412)
                .contentType(PROBLEM).body("currentEtag", equalTo("\"1\""));
        as(admin).header("If-Match", "\"1\"").body(renamed).put("/api/teams/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("version", equalTo(2)).body("name", equalTo("Data science team"))
                .body("members.learnerId", equalTo(List.of(ada)));
        // The same content again is no change: the version stays.
        as(TestTokens.integration()).header("If-Match", "\"2\"").body(renamed).put("/api/teams/" + id).then()
                .statusCode(200).body("version", equalTo(2));
        // A stale ETag on a read's If-Match is a problem document too.
        as(admin).header("If-Match", "\"1\"").get("/api/teams/" + id).then().statusCode(412).contentType(PROBLEM);

        as(TestTokens.integration()).delete("/api/teams/" + id).then().statusCode(403).contentType(PROBLEM);
        as(admin).delete("/api/teams/" + id).then().statusCode(204);
        as(admin).get("/api/teams/" + id).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:not-found"));
        as(admin).delete("/api/teams/" + id).then().statusCode(404).contentType(PROBLEM);
        assertThat(Fixtures.count("select count(*) from team_member where team_id = ?::uuid", id)).isZero();
    }

    @Test
    void aKeyIsUniqueWithinTheOrganizationOnly() {
        String key = "dup-" + suffix;
        as(admin).body(team(key, "One", List.of(), List.of())).post("/api/teams").then().statusCode(201);
        as(TestTokens.integration()).body(team(key, "Two", List.of(), List.of())).post("/api/teams").then()
                .statusCode(409).contentType(PROBLEM);
        String other = as(admin).body(team("other-" + suffix, "Other", List.of(), List.of())).post("/api/teams")
                .then().statusCode(201).extract().path("id");
        as(admin).header("If-Match", "\"1\"").body(team(key, "Other", List.of(), List.of()))
                .put("/api/teams/" + other).then().statusCode(409).contentType(PROBLEM);
        // Another organization has keys of its own.
        as(TestTokens.integrationOf(GLOBEX).sign()).body(team(key, "Globex's", List.of(), List.of()))
                .post("/api/teams").then().statusCode(201);
        assertThat(Fixtures.count("select count(*) from team where team_key = ?", key)).isEqualTo(2);
    }

    @Test
    void theListIsPaginatedByNameAndCountsMembers() {
        String organization = "o" + UUID.randomUUID().toString().substring(0, 8);
        String orgAdmin = user("team-admin", "admin").organization(organization).sign();
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            as(orgAdmin).body(team(null, name, List.of(member(subjectOf(name + suffix), null)), List.of()))
                    .post("/api/teams").then().statusCode(201);
        }
        as(orgAdmin).get("/api/teams?size=2").then().statusCode(200).body("total", equalTo(3))
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.name", equalTo(List.of("Alpha", "Bravo"))).body("items[0].memberCount", equalTo(1));
        as(orgAdmin).get("/api/teams?page=1&size=2").then().statusCode(200)
                .body("items.name", equalTo(List.of("Charlie")));
        as(orgAdmin).get("/api/teams?size=0").then().statusCode(400).contentType(PROBLEM);
        as(orgAdmin).get("/api/teams?page=x").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void learnersAndManagersCannotWriteAndLearnersCannotRead() {
        String id = as(admin).body(team(null, "Locked", List.of(), List.of())).post("/api/teams").then()
                .statusCode(201).extract().path("id");
        String learner = TestTokens.learner("team-learner-" + suffix);
        String manager = TestTokens.manager("team-manager-" + suffix);
        Map<String, Object> body = team(null, "X", List.of(), List.of());
        as(learner).get("/api/teams").then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:forbidden"));
        as(learner).get("/api/teams/" + id).then().statusCode(403).contentType(PROBLEM);
        for (String token : List.of(learner, manager)) {
            as(token).body(body).post("/api/teams").then().statusCode(403).contentType(PROBLEM);
            as(token).header("If-Match", "\"1\"").body(body).put("/api/teams/" + id).then().statusCode(403);
            as(token).body(Map.of("teams", List.of())).put("/api/teams").then().statusCode(403);
            as(token).delete("/api/teams/" + id).then().statusCode(403);
        }
        as(null).get("/api/teams").then().statusCode(401).contentType(PROBLEM);
        as(admin).get("/api/teams/" + id).then().statusCode(200).body("name", equalTo("Locked"));
    }

    @Test
    void withoutAnOrganizationEveryTeamOperationIsRefused() {
        String id = as(admin).body(team(null, "Org", List.of(), List.of())).post("/api/teams").then()
                .statusCode(201).extract().path("id");
        List<String> tokens = List.of(user("no-org-admin", "admin").organization(null).sign(),
                TestTokens.integrationOf(TestTokens.ACME).organization(null).sign(),
                user("no-org-manager", "manager").organization(null).sign());
        Map<String, Object> body = team("no-org-" + suffix, "X", List.of(), List.of());
        for (String token : tokens) {
            as(token).get("/api/teams").then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("urn:learnpath:problem:organization-required"));
            as(token).get("/api/teams/" + id).then().statusCode(403)
                    .body("type", equalTo("urn:learnpath:problem:organization-required"));
        }
        String adminWithout = tokens.get(0);
        for (Response response : List.of(as(adminWithout).body(body).post("/api/teams"),
                as(adminWithout).header("If-Match", "\"1\"").body(body).put("/api/teams/" + id),
                as(adminWithout).body(Map.of("teams", List.of(body))).put("/api/teams"),
                as(adminWithout).delete("/api/teams/" + id))) {
            response.then().statusCode(403).body("type", equalTo("urn:learnpath:problem:organization-required"));
        }
        assertThat(Fixtures.count("select count(*) from team where team_key = ?", "no-org-" + suffix)).isZero();
        as(admin).get("/api/teams/" + id).then().statusCode(200);
    }

    @Test
    void anotherOrganizationsTeamIsAnUnknownId() {
        String acmeKey = "acme-only-" + suffix;
        String id = as(admin).body(team(acmeKey, "Acme's", List.of(), List.of())).post("/api/teams").then()
                .statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();
        String globexAdmin = user("globex-admin", "admin").organization(GLOBEX).sign();
        String globexIntegration = TestTokens.integrationOf(GLOBEX).sign();
        for (String token : List.of(globexAdmin, globexIntegration)) {
            assertSameAsUnknown(as(token).get("/api/teams/" + id), as(token).get("/api/teams/" + unknown), id, unknown);
            Map<String, Object> body = team(null, "Taken over", List.of(), List.of());
            assertSameAsUnknown(as(token).header("If-Match", "\"1\"").body(body).put("/api/teams/" + id),
                    as(token).header("If-Match", "\"1\"").body(body).put("/api/teams/" + unknown), id, unknown);
            as(token).get("/api/teams?size=100").then().statusCode(200).body("items.id", not(hasItem(id)));
        }
        assertSameAsUnknown(as(globexAdmin).delete("/api/teams/" + id), as(globexAdmin).delete("/api/teams/" + unknown),
                id, unknown);
        as(admin).get("/api/teams/" + id).then().statusCode(200).body("name", equalTo("Acme's"))
                .body("version", equalTo(1));
    }

    @Test
    void aMemberRecordedInAnotherOrganizationRefusesTheRequestAndStoresNothing() {
        String globexLearner = "globex-learner-" + suffix;
        as(user(globexLearner, "learner").organization(GLOBEX).sign()).get("/api/learners/me/mastery").then()
                .statusCode(200);
        String fresh = subjectOf("fresh-" + suffix);
        String key = "mixed-" + suffix;
        as(admin).body(team(key, "Mixed", List.of(member(fresh, null), member(subjectOf(globexLearner), "G")),
                List.of())).post("/api/teams").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:not-found"))
                .body("errors[0].field", equalTo("members[1].learnerId"))
                .body("detail", equalTo("members[1].learnerId: no learner '" + subjectOf(globexLearner)
                        + "' in your organization"));
        assertThat(Fixtures.count("select count(*) from team where team_key = ?", key)).isZero();
        // Not even the member never seen before was recorded: the request did nothing.
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ?", fresh)).isZero();
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ? and organization = ?",
                subjectOf(globexLearner), GLOBEX)).isEqualTo(1);
    }

    @Test
    void badInputIsA400ProblemAndNothingIsStored() {
        String ok = subjectOf("ok-" + suffix);
        List<Object> bodies = new ArrayList<>();
        bodies.add(team("bad key!", "N", List.of(), List.of()));
        bodies.add(team("k".repeat(101), "N", List.of(), List.of()));
        bodies.add(team(null, " ", List.of(), List.of()));
        bodies.add(team(null, "n".repeat(201), List.of(), List.of()));
        bodies.add(team(null, "N", List.of(member("", null)), List.of()));
        bodies.add(team(null, "N", List.of(member("x".repeat(256), null)), List.of()));
        bodies.add(team(null, "N", List.of(member(ok, "")), List.of()));
        bodies.add(team(null, "N", List.of(member(ok, "n".repeat(201))), List.of()));
        bodies.add(team(null, "N", List.of(member(ok, "A"), member(ok, "B")), List.of()));
        bodies.add(team(null, "N", List.of(), List.of("m", "m")));
        bodies.add(team(null, "N", List.of(), List.of("")));
        bodies.add(team(null, "N", List.of(), List.of("x".repeat(256))));
        bodies.add(team(null, "N", List.of(), List.of("bad\u0001id")));
        bodies.add(team(null, "N", List.of(member("bad\u0007id", null)), List.of()));
        Map<String, Object> noMembers = new LinkedHashMap<>();
        noMembers.put("name", "N");
        noMembers.put("managers", List.of());
        bodies.add(noMembers);
        bodies.add("{\"name\": \"N\", \"members\": \"everyone\", \"managers\": []}");
        bodies.add("{\"name\": [\"N\"], \"members\": [], \"managers\": []}");
        bodies.add("{\"name\": \"N\", \"members\": [{\"learnerId\": 5}], \"managers\": [], \"managers\": []}");
        bodies.add("{\"name\": \"N\", \"members\": [null], \"managers\": []}");
        bodies.add("[]");
        bodies.add("");
        for (Object body : bodies) {
            Response response = as(admin).body(body).post("/api/teams");
            assertThat(response.statusCode()).as("%s: %s", body, response.asString()).isEqualTo(400);
            assertThat(response.contentType()).as("%s", body).startsWith(PROBLEM);
        }
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ?", ok)).isZero();
        as(admin).get("/api/teams/not-a-uuid").then().statusCode(400).contentType(PROBLEM);
        as(admin).header("If-Match", "\"1\"").body(team(null, "N", List.of(), List.of())).put("/api/teams/x").then()
                .statusCode(400).contentType(PROBLEM);
        as(admin).body(team(null, "N", List.of(member(ok, "A"), member(ok, "B")), List.of())).post("/api/teams").then()
                .body("errors[0].field", equalTo("members[1].learnerId"));
    }

    @Test
    void requestsBeyondTheLimitsAre413Problems() {
        List<Object> teams = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            teams.add(team("many-" + i + "-" + suffix, "T" + i, List.of(), List.of()));
        }
        as(admin).body(Map.of("teams", teams)).put("/api/teams").then().statusCode(413).contentType(PROBLEM);
        List<Object> members = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            members.add(member("m" + i + "-" + suffix, null));
        }
        as(admin).body(team(null, "Huge", members, List.of())).post("/api/teams").then().statusCode(413)
                .contentType(PROBLEM);
        // Spread over several teams of a bulk upsert, the memberships count together.
        as(admin).body(Map.of("teams", List.of(team("half-a-" + suffix, "A", members.subList(0, 5_001), List.of()),
                team("half-b-" + suffix, "B", members.subList(5_001, 10_001), List.of())))).put("/api/teams").then()
                .statusCode(413).contentType(PROBLEM);
        assertThat(Fixtures.count("select count(*) from team where team_key like ?", "%" + suffix)).isZero();
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ?", "m0-" + suffix))
                .isZero();
        List<String> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add("manager-" + i);
        }
        as(admin).body(team(null, "N", List.of(), fiftyOne)).post("/api/teams").then().statusCode(413)
                .contentType(PROBLEM);
        // The size is checked before the fields: a hundred thousand empty teams cost no validation of each.
        as(admin).body("{\"teams\": [" + "{},".repeat(99_999) + "{}]}").put("/api/teams").then().statusCode(413)
                .contentType(PROBLEM);
        // Within the limits, many bad fields: the first hundred are listed.
        Response many = as(admin).body("{\"teams\": [" + "{},".repeat(399) + "{}]}").put("/api/teams");
        many.then().statusCode(400).contentType(PROBLEM).body("detail", equalTo("1200 fields are not valid (the first"
                + " 100 are listed)"));
        assertThat(many.jsonPath().getList("errors")).hasSize(100);
        // A body over the size limit is refused before it is read.
        as(admin).body("{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}").post("/api/teams").then()
                .statusCode(413).contentType(PROBLEM);
    }

    /** Another organization's team answers exactly as an id nobody has: status, type, title and detail. */
    static void assertSameAsUnknown(Response known, Response none, String knownId, String unknownId) {
        assertThat(known.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(known.contentType()).startsWith(PROBLEM);
        assertThat(known.jsonPath().getString("type")).isEqualTo(none.jsonPath().getString("type"));
        assertThat(known.jsonPath().getString("title")).isEqualTo(none.jsonPath().getString("title"));
        assertThat(known.jsonPath().getString("detail"))
                .isEqualTo(none.jsonPath().getString("detail").replace(unknownId, knownId));
    }
}
