package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.ACME;
import static org.learnpath.testinfra.TestTokens.GLOBEX;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.path.PathTopic;
import org.learnpath.events.path.PathUpdatedEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/**
 * A learner's goal, path, next step and mastery belong to the learner's organization: a caller of another
 * organization meets the learner exactly as a learner that does not exist, a token without an organization is
 * refused, and an organization's own goal is unknown to everyone else.
 */
@QuarkusTest
@LearnPathTestResources
class OrganizationIsolationTest {

    private static final String ORGANIZATION_REQUIRED = "urn:learnpath:problem:organization-required";

    Curriculum curriculum;
    String acmeName;
    String acmeLearner;
    String acmeToken;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("org" + UUID.randomUUID().toString().substring(0, 6));
        acmeName = "acme-" + UUID.randomUUID();
        acmeLearner = subjectOf(acmeName);
        acmeToken = TestTokens.learner(acmeName);
        // The in-memory catalog view follows the tables within a second.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(acmeToken)
                .body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").statusCode() == 200);
    }

    private List<String> endpoints() {
        return List.of("goal", "path", "next", "mastery", "path?goal=" + curriculum.goal(),
                "next?goal=" + curriculum.goal());
    }

    @Test
    void anotherOrganizationsAdminAndIntegrationMeetTheLearnerAsUnknown() {
        String globexAdmin = user("globex-admin", "admin", "author", "learner").organization(GLOBEX).sign();
        String globexIntegration = TestTokens.integrationOf(GLOBEX).sign();
        String unknown = subjectOf("nobody-" + UUID.randomUUID());
        for (String endpoint : endpoints()) {
            // Their own organization's callers reach the learner.
            as(TestTokens.admin("acme-admin")).get("/api/learners/" + acmeLearner + "/" + endpoint).then()
                    .statusCode(200);
            as(TestTokens.integration()).get("/api/learners/" + acmeLearner + "/" + endpoint).then().statusCode(200);
            for (String stranger : List.of(globexAdmin, globexIntegration)) {
                Response known = as(stranger).get("/api/learners/" + acmeLearner + "/" + endpoint);
                Response none = as(stranger).get("/api/learners/" + unknown + "/" + endpoint);
                assertSameAsUnknown(known, none, acmeLearner, unknown, endpoint);
            }
        }
        for (String stranger : List.of(globexAdmin, globexIntegration)) {
            Response known = as(stranger).body(Map.of("goalSlug", curriculum.goal()))
                    .put("/api/learners/" + acmeLearner + "/goal");
            Response none = as(stranger).body(Map.of("goalSlug", curriculum.goal()))
                    .put("/api/learners/" + unknown + "/goal");
            assertSameAsUnknown(known, none, acmeLearner, unknown, "PUT goal");
        }
        // Nothing of the learner changed: still acme's, still on the goal they chose.
        as(acmeToken).get("/api/learners/me/goal").then().statusCode(200).body("goalSlug", equalTo(curriculum.goal()));
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ? and organization = ?",
                acmeLearner, ACME)).isEqualTo(1);
    }

    @Test
    void aLearnersTokenNamingAnotherOrganizationReachesNoneOfTheirDataAndChangesNothing() {
        String asGlobex = user(acmeName, "learner").organization(GLOBEX).sign();
        for (String endpoint : endpoints()) {
            as(asGlobex).get("/api/learners/me/" + endpoint).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:learnpath:problem:not-found"))
                    .body("detail", equalTo("Learner '" + acmeLearner + "' does not exist"));
            as(asGlobex).get("/api/learners/" + acmeLearner + "/" + endpoint).then().statusCode(404);
        }
        as(asGlobex).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(404);
        assertThat(Fixtures.count("select count(*) from learner_organization where learner_id = ? and organization = ?",
                acmeLearner, ACME)).isEqualTo(1);
        as(acmeToken).get("/api/learners/me/mastery").then().statusCode(200);
        // The array form of the claim (Keycloak Organizations' mapper) names the same organization.
        as(user(acmeName, "learner").organizationClaim(List.of(ACME)).sign()).get("/api/learners/me/goal").then()
                .statusCode(200);
    }

    @Test
    void aTokenWithoutAnOrganizationIsRefusedForLearnerDataOnly() {
        String learnerWithout = user("no-org-" + UUID.randomUUID(), "learner").organization(null).sign();
        String adminWithout = user("no-org-admin", "admin", "author", "learner").organization(null).sign();
        String integrationWithout = TestTokens.integrationOf(ACME).organization(null).sign();
        for (String endpoint : endpoints()) {
            as(learnerWithout).get("/api/learners/me/" + endpoint).then().statusCode(403)
                    .contentType("application/problem+json").body("type", equalTo(ORGANIZATION_REQUIRED));
            for (String token : List.of(adminWithout, integrationWithout)) {
                as(token).get("/api/learners/" + acmeLearner + "/" + endpoint).then().statusCode(403)
                        .body("type", equalTo(ORGANIZATION_REQUIRED));
            }
        }
        as(learnerWithout).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then()
                .statusCode(403).body("type", equalTo(ORGANIZATION_REQUIRED));
        // Two organizations at once name none.
        as(user(acmeName, "learner").organizationClaim(List.of(ACME, GLOBEX)).sign()).get("/api/learners/me/goal")
                .then().statusCode(403).body("type", equalTo(ORGANIZATION_REQUIRED));
        // The model's shared endpoints need none.
        as(adminWithout).post("/api/refits").then().statusCode(200);
        as(user("author-no-org", "author").organization(null).sign()).get("/api/skill-parameters").then()
                .statusCode(200);
        as(adminWithout).get("/api/item-difficulties/" + curriculum.items().get(curriculum.skills().get(0)).get(0))
                .then().statusCode(200);
    }

    @Test
    void anOrganizationsGoalIsUnknownToTheOtherOrganizationsAndItsPathEventsNameTheOrganization() {
        String acmeGoal = Fixtures.organizationGoal(curriculum, ACME);
        String globexName = "globex-" + UUID.randomUUID();
        String globexToken = user(globexName, "learner").organization(GLOBEX).sign();
        // The in-memory catalog view follows the tables within a second.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(acmeToken)
                .get("/api/learners/me/path?goal=" + acmeGoal).statusCode() == 200);

        // Refused exactly as a goal that does not exist: choosing it, and asking for a path or a next step to it.
        String missing = curriculum.goal().replace("-goal", "-missing-goal");
        Response chosen = as(globexToken).body(Map.of("goalSlug", acmeGoal)).put("/api/learners/me/goal");
        Response chosenMissing = as(globexToken).body(Map.of("goalSlug", missing)).put("/api/learners/me/goal");
        assertThat(chosen.statusCode()).isEqualTo(chosenMissing.statusCode()).isEqualTo(400);
        assertThat(chosen.jsonPath().getString("detail"))
                .isEqualTo(chosenMissing.jsonPath().getString("detail").replace(missing, acmeGoal));
        for (String endpoint : List.of("path", "next")) {
            Response asked = as(globexToken).get("/api/learners/me/" + endpoint + "?goal=" + acmeGoal);
            Response askedMissing = as(globexToken).get("/api/learners/me/" + endpoint + "?goal=" + missing);
            assertThat(asked.statusCode()).isEqualTo(askedMissing.statusCode()).isEqualTo(404);
            assertThat(asked.jsonPath().getString("type")).isEqualTo(askedMissing.jsonPath().getString("type"));
            assertThat(asked.jsonPath().getString("detail"))
                    .isEqualTo(askedMissing.jsonPath().getString("detail").replace(missing, acmeGoal));
        }
        // A globex admin reaches no acme goal for a globex learner either.
        String globexAdmin = user("globex-admin", "admin", "author", "learner").organization(GLOBEX).sign();
        as(globexAdmin).get("/api/learners/" + subjectOf(globexName) + "/path?goal=" + acmeGoal).then()
                .statusCode(404);
        as(globexToken).get("/api/learners/me/path?goal=" + curriculum.goal()).then().statusCode(200);

        // Acme's learners choose it, and the path event names the learner's organization.
        as(acmeToken).body(Map.of("goalSlug", acmeGoal)).put("/api/learners/me/goal").then().statusCode(200)
                .body("goalSlug", equalTo(acmeGoal));
        as(acmeToken).get("/api/learners/me/next").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(acmeLearner).stream()
                .anyMatch(e -> acmeGoal.equals(e.goalSlug())));
        assertThat(pathEvents(acmeLearner)).isNotEmpty().allSatisfy(e -> assertThat(e.organization()).isEqualTo(ACME));
    }

    /** A learner of another organization is answered exactly as an id nobody has: status, type and detail. */
    private static void assertSameAsUnknown(Response known, Response none, String knownId, String unknownId,
            String what) {
        assertThat(known.statusCode()).as(what).isEqualTo(404);
        assertThat(none.statusCode()).as(what).isEqualTo(404);
        assertThat(known.contentType()).as(what).startsWith("application/problem+json");
        assertThat(known.jsonPath().getString("type")).as(what).isEqualTo(none.jsonPath().getString("type"));
        assertThat(known.jsonPath().getString("title")).as(what).isEqualTo(none.jsonPath().getString("title"));
        assertThat(known.jsonPath().getString("detail")).as(what)
                .isEqualTo(none.jsonPath().getString("detail").replace(unknownId, knownId));
    }

    private static List<PathUpdatedEvent> pathEvents(String learnerId) {
        List<PathUpdatedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(PathTopic.NAME)) {
            if (learnerId.equals(r.key())) {
                events.add(EventJson.read(r.value(), PathUpdatedEvent.class));
            }
        }
        return events;
    }
}
