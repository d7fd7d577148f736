package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.learnpath.recommender.AssignmentFixtures.recordLearner;
import static org.learnpath.recommender.AssignmentFixtures.team;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.ACME;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.Api;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * Assignments through the API: who may create, list, read and delete them (admins of the organization; managers for
 * their teams; everyone else as if the assignment did not exist, learners 403), what a learner sees of theirs, and
 * the requests refused as invalid with a problem naming the field.
 */
@QuarkusTest
@LearnPathTestResources
class AssignmentApiTest {

    private static final String PROBLEM = "application/problem+json";

    Curriculum curriculum;
    String admin;
    String managerA;
    String managerB;
    String memberName;
    String member;
    String outsider;
    String globexLearner;
    UUID teamA;
    UUID teamB;
    UUID globexTeam;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("asg" + UUID.randomUUID().toString().substring(0, 6));
        admin = TestTokens.admin(Api.unique("acme-admin"));
        String managerAName = Api.unique("manager-a");
        String managerBName = Api.unique("manager-b");
        managerA = TestTokens.manager(managerAName);
        managerB = TestTokens.manager(managerBName);
        memberName = Api.unique("member");
        member = subjectOf(memberName);
        outsider = subjectOf(Api.unique("outsider"));
        globexLearner = subjectOf(Api.unique("globex-learner"));
        recordLearner(outsider, ACME);
        recordLearner(globexLearner, GLOBEX);
        teamA = team(ACME, "Team A", List.of(member), List.of(subjectOf(managerAName)));
        teamB = team(ACME, "Team B", List.of(subjectOf(Api.unique("member-b"))), List.of(subjectOf(managerBName)));
        globexTeam = team(GLOBEX, "Globex team", List.of(globexLearner), List.of());
        // The in-memory catalog view follows the tables within a second.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(admin)
                .get("/api/learners/" + member + "/path?goal=" + curriculum.goal()).statusCode() == 200);
    }

    @Test
    void adminsAndTheTeamsManagerReachAnAssignmentEveryoneElseMeetsItAsUnknown() {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Response created = as(admin).body(body(curriculum.goal(), teamA, List.of(outsider), due))
                .post("/api/assignments");
        created.then().statusCode(201).body("goal", equalTo(curriculum.goal()))
                .body("goalName", equalTo("Goal " + curriculum.goal().replace("-goal", "")))
                .body("teamId", equalTo(teamA.toString())).body("teamName", equalTo("Team A"))
                .body("learnerIds", equalTo(List.of(outsider))).body("dueDate", equalTo(due.toString()))
                .body("learnerCount", equalTo(2)).body("completedCount", equalTo(0))
                .body("learners.learnerId", equalTo(List.of(member, outsider).stream().sorted().toList()));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith("/api/assignments/" + id);

        as(admin).get("/api/assignments/" + id).then().statusCode(200).body("id", equalTo(id));
        as(managerA).get("/api/assignments/" + id).then().statusCode(200).body("createdBy", not(nullValue()));
        as(admin).get("/api/assignments?size=100").then().statusCode(200).body("items.id", hasItem(id));
        as(managerA).get("/api/assignments").then().statusCode(200).body("items.id", hasItem(id));

        String globexAdmin = user("globex-admin", "admin", "learner").organization(GLOBEX).sign();
        String unknown = UUID.randomUUID().toString();
        for (String stranger : List.of(managerB, globexAdmin)) {
            assertSameAsUnknown(as(stranger).get("/api/assignments/" + id),
                    as(stranger).get("/api/assignments/" + unknown), id, unknown);
            as(stranger).get("/api/assignments?size=100").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            assertSameAsUnknown(as(stranger).delete("/api/assignments/" + id),
                    as(stranger).delete("/api/assignments/" + unknown), id, unknown);
        }
        String learner = TestTokens.learner(memberName);
        as(learner).get("/api/assignments/" + id).then().statusCode(403).contentType(PROBLEM);
        as(learner).get("/api/assignments").then().statusCode(403).contentType(PROBLEM);
        as(learner).body(body(curriculum.goal(), teamA, null, null)).post("/api/assignments").then()
                .statusCode(403).contentType(PROBLEM);
        as(learner).delete("/api/assignments/" + id).then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.integration()).get("/api/assignments").then().statusCode(403);
        as(user("no-org-admin", "admin").organization(null).sign()).get("/api/assignments").then().statusCode(403)
                .body("type", equalTo("urn:learnpath:problem:organization-required"));

        // The manager of the team may withdraw it; then it is gone for everyone.
        as(managerA).delete("/api/assignments/" + id).then().statusCode(204);
        as(admin).get("/api/assignments/" + id).then().statusCode(404).contentType(PROBLEM);
        as(admin).delete("/api/assignments/" + id).then().statusCode(404);
    }

    @Test
    void aManagerAssignsToTheirTeamsAndTheirMembersOnly() {
        Response own = as(managerA).body(body(curriculum.goal(), teamA, List.of(member), null))
                .post("/api/assignments");
        own.then().statusCode(201).body("learnerCount", equalTo(1)).body("dueDate", nullValue());
        String id = own.jsonPath().getString("id");
        as(managerA).get("/api/assignments").then().statusCode(200).body("items.id", hasItem(id));
        // Created by manager A, on A's team: not manager B's.
        as(managerB).get("/api/assignments/" + id).then().statusCode(404);

        // Another manager's team, a team of another organization and a team that does not exist: the same 404.
        Response otherTeam = as(managerA).body(body(curriculum.goal(), teamB, null, null)).post("/api/assignments");
        UUID missing = UUID.randomUUID();
        Response noTeam = as(managerA).body(body(curriculum.goal(), missing, null, null)).post("/api/assignments");
        Response globex = as(admin).body(body(curriculum.goal(), globexTeam, null, null)).post("/api/assignments");
        assertSameAsUnknown(otherTeam, noTeam, teamB.toString(), missing.toString());
        assertSameAsUnknown(globex, noTeam, globexTeam.toString(), missing.toString());

        // A learner of the organization outside the manager's teams: 403, naming the index.
        as(managerA).body(body(curriculum.goal(), null, List.of(member, outsider), null)).post("/api/assignments")
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("learnerIds[1]: learner '" + outsider + "' is not a member of a team you"
                        + " manage"));
        // A learner of another organization, and one never seen: 404 alike, naming the index, for admins too.
        String neverSeen = subjectOf(Api.unique("never-seen"));
        for (String caller : List.of(admin, managerA)) {
            as(caller).body(body(curriculum.goal(), null, List.of(member, globexLearner), null))
                    .post("/api/assignments").then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("urn:learnpath:problem:not-found"))
                    .body("detail", equalTo("learnerIds[1]: no learner '" + globexLearner + "' in your organization"));
            as(caller).body(body(curriculum.goal(), null, List.of(neverSeen), null)).post("/api/assignments").then()
                    .statusCode(404)
                    .body("detail", equalTo("learnerIds[0]: no learner '" + neverSeen + "' in your organization"));
        }
        // An admin may name any learner of the organization.
        as(admin).body(body(curriculum.goal(), null, List.of(outsider), null)).post("/api/assignments").then()
                .statusCode(201).body("teamId", nullValue()).body("learnerCount", equalTo(1));
    }

    @Test
    void aLearnerSeesTheAssignmentsOfTheirTeamsAndThoseNamingThem() {
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(7);
        String byTeam = as(admin).body(body(curriculum.goal(), teamA, null, due)).post("/api/assignments")
                .then().statusCode(201).extract().path("id");
        String acmeGoal = Fixtures.organizationGoal(curriculum, ACME);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(admin)
                .get("/api/learners/" + member + "/path?goal=" + acmeGoal).statusCode() == 200);
        String byName = as(admin).body(body(acmeGoal, null, List.of(member), null)).post("/api/assignments")
                .then().statusCode(201).extract().path("id");
        // Another team's assignment is not the member's.
        as(admin).body(body(curriculum.goal(), teamB, null, null)).post("/api/assignments").then().statusCode(201);

        Response mine = as(TestTokens.learner(memberName)).get("/api/learners/me/assignments");
        mine.then().statusCode(200)
                // Soonest due first, those without a due date last.
                .body("assignmentId", equalTo(List.of(byTeam, byName)))
                .body("[0].goal", equalTo(curriculum.goal()))
                .body("[0].goalName", equalTo("Goal " + curriculum.goal().replace("-goal", "")))
                .body("[0].dueDate", equalTo(due.toString()))
                .body("[0].completedAt", nullValue())
                .body("[0].masteredModules", equalTo(0)).body("[0].totalModules", equalTo(3))
                .body("[0].masteredShare", equalTo(0.0f))
                .body("[1].goal", equalTo(acmeGoal)).body("[1].goalName", equalTo("Goal of acme"))
                .body("[1].dueDate", nullValue());
        assertThat(mine.jsonPath().getString("[0].assignedAt")).isNotBlank();
        // Their admin and the manager of their team read it too; another team's manager meets an unknown learner,
        // and a learner cannot read another's.
        as(admin).get("/api/learners/" + member + "/assignments").then().statusCode(200)
                .body("assignmentId", equalTo(List.of(byTeam, byName)));
        as(managerA).get("/api/learners/" + member + "/assignments").then().statusCode(200)
                .body("assignmentId", equalTo(List.of(byTeam, byName)));
        as(managerB).get("/api/learners/" + member + "/assignments").then().statusCode(404);
        as(TestTokens.learner(Api.unique("someone"))).get("/api/learners/" + member + "/assignments").then()
                .statusCode(403);
    }

    @Test
    void invalidAssignmentsAreRefusedWithAProblemNamingTheField() {
        String globexGoal = Fixtures.organizationGoal(curriculum, GLOBEX);
        String missingGoal = curriculum.goal().replace("-goal", "-missing-goal");
        LocalDate yesterdayEverywhere = LocalDate.now(ZoneOffset.ofHours(-12)).minusDays(1);

        invalid(body(curriculum.goal(), teamA, null, yesterdayEverywhere), "dueDate", "must not be in the past");
        invalid(body(curriculum.goal(), teamA, null, LocalDate.now(ZoneOffset.UTC).plusYears(6)), "dueDate",
                "must be at most 5 years ahead");
        Response unknown = invalid(body(missingGoal, teamA, null, null), "goal",
                "no goal '" + missingGoal + "' in the catalog");
        // Another organization's goal is answered exactly as a goal that does not exist.
        Response foreign = invalid(body(globexGoal, teamA, null, null), "goal",
                "no goal '" + globexGoal + "' in the catalog");
        assertThat(foreign.jsonPath().getString("detail"))
                .isEqualTo(unknown.jsonPath().getString("detail").replace(missingGoal, globexGoal));
        invalid(body(curriculum.goal(), null, null, null), "learnerIds",
                "must name at least one learner when no teamId is given");
        invalid(body(curriculum.goal(), null, List.of(), null), "learnerIds",
                "must name at least one learner when no teamId is given");
        invalid(body("Not A Slug", teamA, null, null), "goal", "must be a goal slug");
        invalid(body(curriculum.goal(), null, List.of(""), null), "learnerIds[0]", null);
        // Several faults at once are all named.
        as(admin).body(body(missingGoal, null, null, yesterdayEverywhere)).post("/api/assignments").then()
                .statusCode(400).contentType(PROBLEM).body("errors.field", equalTo(List.of("goal", "dueDate",
                        "learnerIds")));

        // Values that are not what the field holds, and no body: 400 problems, never 500.
        for (String raw : List.of("{\"goal\":\"" + curriculum.goal() + "\",\"teamId\":\"not-a-uuid\"}",
                "{\"goal\":\"" + curriculum.goal() + "\",\"teamId\":\"" + teamA + "\",\"dueDate\":\"31/12/2030\"}",
                "{\"goal\":\"" + curriculum.goal() + "\",\"teamId\":\"" + teamA + "\",\"dueDate\":\"+999999999-12-31\"}",
                "{\"goal\":\"" + curriculum.goal() + "\",\"learnerIds\":[null]}",
                "{\"goal\":\"" + curriculum.goal() + "\",\"learnerIds\":\"x\"}", "", "[]")) {
            as(admin).body(raw).post("/api/assignments").then().statusCode(400).contentType(PROBLEM);
        }
        as(admin).get("/api/assignments/not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("id"));
        as(admin).get("/api/assignments?size=0").then().statusCode(400).contentType(PROBLEM);
        as(admin).get("/api/assignments?page=x").then().statusCode(400).contentType(PROBLEM);
    }

    private Response invalid(Map<String, Object> body, String field, String message) {
        Response response = as(admin).body(body).post("/api/assignments");
        response.then().statusCode(400).contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:validation"))
                .body("errors[0].field", equalTo(field));
        if (message != null) {
            response.then().body("errors[0].message", equalTo(message));
        }
        return response;
    }

    static Map<String, Object> body(String goal, UUID teamId, List<String> learnerIds, LocalDate dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("goal", goal);
        if (teamId != null) {
            body.put("teamId", teamId.toString());
        }
        if (learnerIds != null) {
            body.put("learnerIds", learnerIds);
        }
        if (dueDate != null) {
            body.put("dueDate", dueDate.toString());
        }
        return body;
    }

    /** Something of another scope is answered exactly as an id nobody has: status, type and detail. */
    static void assertSameAsUnknown(Response known, Response none, String knownId, String unknownId) {
        assertThat(known.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(known.contentType()).startsWith(PROBLEM);
        assertThat(known.jsonPath().getString("type")).isEqualTo(none.jsonPath().getString("type"));
        assertThat(known.jsonPath().getString("detail"))
                .isEqualTo(none.jsonPath().getString("detail").replace(unknownId, knownId));
    }
}
