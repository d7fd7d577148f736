package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.recommender.rest.TeamApiTest.assertSameAsUnknown;
import static org.learnpath.recommender.rest.TeamApiTest.member;
import static org.learnpath.recommender.rest.TeamApiTest.team;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
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
 * A manager sees the teams they manage, and reads (never changes) the progress of their members in their
 * organization. Anyone else's progress is answered exactly as a learner that does not exist, so a manager cannot
 * probe which ids exist; a write about another learner is refused (403) before anything is looked up.
 */
@QuarkusTest
@LearnPathTestResources
class ManagerAccessTest {

    static final String PROBLEM = "application/problem+json";

    Curriculum curriculum;
    String suffix;
    String managerName;
    String manager;
    String member;
    String stranger;
    String teamId;
    String otherTeamId;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("mgr" + UUID.randomUUID().toString().substring(0, 6));
        suffix = Api.unique("m");
        managerName = "maria-" + suffix;
        manager = TestTokens.manager(managerName);
        member = subjectOf("member-" + suffix);
        stranger = subjectOf("stranger-" + suffix);
        // Both learners are known in acme and chose the goal; only the first is in maria's team.
        for (String name : List.of("member-" + suffix, "stranger-" + suffix)) {
            String token = TestTokens.learner(name);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                    .body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").statusCode() == 200);
        }
        String admin = TestTokens.admin("mgr-admin");
        teamId = as(admin).body(team("maria-team-" + suffix, "Maria's team", List.of(member(member, "Member")),
                List.of(subjectOf(managerName)))).post("/api/teams").then().statusCode(201).extract().path("id");
        // The stranger is in a team that someone else manages.
        otherTeamId = as(admin).body(team("other-team-" + suffix, "Other team", List.of(member(stranger, null)),
                List.of(subjectOf("someone-else-" + suffix)))).post("/api/teams").then().statusCode(201)
                .extract().path("id");
    }

    private List<String> reads() {
        return List.of("goal", "mastery", "path", "next", "path?goal=" + curriculum.goal(),
                "next?goal=" + curriculum.goal());
    }

    @Test
    void aManagerReadsTheProgressOfTheirMembersOnly() {
        String unknown = subjectOf("nobody-" + UUID.randomUUID());
        for (String endpoint : reads()) {
            as(manager).get("/api/learners/" + member + "/" + endpoint).then().statusCode(200);
            // A learner outside their teams, known or not, is the same unknown learner.
            assertSameAsUnknown(as(manager).get("/api/learners/" + stranger + "/" + endpoint),
                    as(manager).get("/api/learners/" + unknown + "/" + endpoint), stranger, unknown);
        }
        as(manager).get("/api/learners/" + member + "/goal").then().body("goalSlug", equalTo(curriculum.goal()))
                .body("learnerId", equalTo(member));
        // Their own progress as before.
        as(manager).get("/api/learners/me/mastery").then().statusCode(200);
        // Out of the team, out of reach.
        as(TestTokens.admin("mgr-admin")).header("If-Match", "\"1\"").body(team("maria-team-" + suffix, "Maria's team",
                List.of(), List.of(subjectOf(managerName)))).put("/api/teams/" + teamId).then().statusCode(200);
        as(manager).get("/api/learners/" + member + "/path").then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Learner '" + member + "' does not exist"));
    }

    @Test
    void aManagerChangesNoOnesGoalButTheirOwn() {
        for (String learner : List.of(member, stranger, subjectOf("nobody-" + UUID.randomUUID()))) {
            as(manager).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/" + learner + "/goal").then()
                    .statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:forbidden"));
        }
        as(manager).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        as(TestTokens.learner("member-" + suffix)).get("/api/learners/me/goal").then().statusCode(200);
    }

    @Test
    void aManagerSeesOnlyTheTeamsTheyManage() {
        Response list = as(manager).get("/api/teams?size=100");
        list.then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(teamId))
                .body("items[0].memberCount", equalTo(1));
        as(manager).get("/api/teams/" + teamId).then().statusCode(200)
                .body("members.learnerId", equalTo(List.of(member)));
        String unknown = UUID.randomUUID().toString();
        assertSameAsUnknown(as(manager).get("/api/teams/" + otherTeamId), as(manager).get("/api/teams/" + unknown),
                otherTeamId, unknown);
        // A manager who is also an admin sees the organization's teams.
        String both = user(managerName, "manager", "admin").sign();
        assertThat(as(both).get("/api/teams?size=100").jsonPath().getInt("total")).isGreaterThan(1);
        as(both).get("/api/teams/" + otherTeamId).then().statusCode(200);
    }

    @Test
    void aManagersTokenOfAnotherOrganizationReachesNothing() {
        String asGlobex = user(managerName, "manager", "learner").organization(GLOBEX).sign();
        String unknown = subjectOf("nobody-" + UUID.randomUUID());
        for (String endpoint : reads()) {
            assertSameAsUnknown(as(asGlobex).get("/api/learners/" + member + "/" + endpoint),
                    as(asGlobex).get("/api/learners/" + unknown + "/" + endpoint), member, unknown);
        }
        as(asGlobex).get("/api/teams").then().statusCode(200).body("total", equalTo(0));
        as(asGlobex).get("/api/teams/" + teamId).then().statusCode(404);
        as(user(managerName, "manager").organization(null).sign()).get("/api/learners/" + member + "/path").then()
                .statusCode(403).body("type", equalTo("urn:learnpath:problem:organization-required"));
    }

    @Test
    void aLearnerStillReadsOnlyTheirOwnProgress() {
        String token = TestTokens.learner("member-" + suffix);
        as(token).get("/api/learners/" + stranger + "/path").then().statusCode(403).contentType(PROBLEM);
        as(token).get("/api/learners/me/path").then().statusCode(200);
        as(token).get("/api/learners/" + member + "/path").then().statusCode(200);
    }
}
