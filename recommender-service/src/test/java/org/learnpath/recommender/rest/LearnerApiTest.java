package org.learnpath.recommender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.admin;
import static org.learnpath.testinfra.TestTokens.integration;
import static org.learnpath.testinfra.TestTokens.learner;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.events.path.PathTopic;
import org.learnpath.events.path.PathUpdatedEvent;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Metrics;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/** The learner API end to end inside the service: goal, path, next item, mastery, events, and who may see what. */
@QuarkusTest
@LearnPathTestResources
class LearnerApiTest {

    Curriculum curriculum;
    String username;
    String token;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("api" + UUID.randomUUID().toString().substring(0, 6));
        username = "api-" + UUID.randomUUID();
        token = learner(username);
        // The in-memory catalog view follows the tables within a second.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + curriculum.goal()).statusCode() == 200);
    }

    @Test
    void aLearnersPathAdaptsToTheirAnswersAndSaysWhy() {
        as(token).get("/api/learners/me/path").then().statusCode(404)
                .contentType("application/problem+json").body("detail", startsWith("Learner"));

        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200)
                .body("goalSlug", equalTo(curriculum.goal())).body("learnerId", equalTo(subjectOf(username)));
        as(token).get("/api/learners/me/goal").then().statusCode(200).body("goalName", equalTo(
                "Goal " + curriculum.goal().replace("-goal", "")));

        String m1 = curriculum.modules().get(0);
        String m2 = curriculum.modules().get(1);
        String s1 = curriculum.skills().get(0);
        JsonPath path = as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
        assertThat(path.getList("modules.slug")).containsExactlyElementsOf(curriculum.modules());
        assertThat(path.getList("modules.status")).containsExactly("READY", "LOCKED", "LOCKED");
        assertThat(path.getList("modules[2].missingPrerequisites")).containsExactly(m1, m2);
        // The direct prerequisites are the path's edges: a client draws m1 -> m2 -> m3 from them.
        assertThat(path.getList("modules.prerequisites")).containsExactly(List.of(), List.of(m1), List.of(m2));
        assertThat(path.getString("nextStep.kind")).isEqualTo("STUDY");
        assertThat(path.getString("nextStep.moduleSlug")).isEqualTo(m1);
        assertThat(path.getString("nextStep.reason.kind")).isEqualTo("READY_FOR_GOAL");
        assertThat(path.getString("nextStep.reason.sentence")).isNotBlank();

        JsonPath next = as(token).get("/api/learners/me/next").then().statusCode(200).extract().jsonPath();
        String firstItem = next.getString("item.itemId");
        assertThat(curriculum.items().get(s1).stream().map(UUID::toString)).contains(firstItem);
        assertThat(next.getString("item.questionPath")).isEqualTo("/api/questions/" + firstItem);
        assertThat(next.getDouble("item.predictedCorrect")).isBetween(0.0, 1.0);
        assertThat(next.getString("item.reason.kind")).isEqualTo("ITEM_NEAR_TARGET");

        // Right answers on m1's skill: it becomes mastered and the path moves on to m2, which it unlocked.
        String learnerId = subjectOf(username);
        List<AnswerEvent> answers = new ArrayList<>();
        Instant t = Instant.now().minusSeconds(60);
        for (int i = 0; i < 6; i++) {
            answers.add(answer(learnerId, curriculum.items().get(s1).get(i % 3), s1, true, t.plusSeconds(i)));
        }
        Fixtures.sendAnswers(answers);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "MASTERED".equals(
                as(token).get("/api/learners/me/path").jsonPath().getString("modules[0].status")));
        path = as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
        assertThat(path.getList("modules.status")).containsExactly("MASTERED", "READY", "LOCKED");
        assertThat(path.getString("nextStep.moduleSlug")).isEqualTo(m2);
        assertThat(path.getInt("masteredModules")).isEqualTo(1);

        next = as(token).get("/api/learners/me/next").then().statusCode(200).extract().jsonPath();
        assertThat(next.getString("item.skillCode")).isEqualTo(curriculum.skills().get(1));

        as(token).get("/api/learners/me/mastery").then().statusCode(200)
                .body("skills", hasSize(1)).body("skills[0].code", equalTo(s1))
                .body("skills[0].practiceCount", equalTo(6)).body("skills[0].mastered", equalTo(true));

        // Portals see each change as an event: the goal choice, then the answers that mastered m1.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(learnerId).size() >= 2);
        List<PathUpdatedEvent> events = pathEvents(learnerId);
        assertThat(events.get(0).causedBy()).isNull();
        assertThat(events.get(0).nextStep().moduleSlug()).isEqualTo(m1);
        PathUpdatedEvent last = events.get(events.size() - 1);
        assertThat(last.nextStep().moduleSlug()).isEqualTo(m2);
        assertThat(last.masteredModules()).isEqualTo(1);
        assertThat(answers.stream().map(AnswerEvent::eventId)).contains(last.causedBy());
    }

    @Test
    void aCatalogChangeIsAnnouncedOnThePathsItChanges() {
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        String learnerId = subjectOf(username);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(learnerId).size() == 1);

        // An author puts a new module in front of the goal's first one: no answer, yet the path changes.
        String m0 = curriculum.goal().replace("-goal", "-m0");
        String s0 = curriculum.goal().replace("-goal", "-s0");
        String m1 = curriculum.modules().get(0);
        Instant now = Instant.now();
        List<CatalogEvent> change = List.of(
                CatalogEvent.skillUpserted(UUID.randomUUID(), now,
                        new CatalogEvent.SkillState(s0, "Skill " + s0, "Test skill", "DATA_ANALYSIS", 0)),
                CatalogEvent.moduleUpserted(UUID.randomUUID(), now, new CatalogEvent.ModuleState(m0, "Module " + m0,
                        "New first module", "DATA_ANALYSIS", "BEGINNER", 20, List.of(s0), List.of(), 0)),
                CatalogEvent.moduleUpserted(UUID.randomUUID(), now, new CatalogEvent.ModuleState(m1, "Module " + m1,
                        "Test module", "MACHINE_LEARNING", "BEGINNER", 30, List.of(curriculum.skills().get(0)),
                        List.of(m0), 1)));
        Fixtures.send(change.stream()
                .map(e -> new ProducerRecord<>(CatalogTopic.NAME, e.key(), EventJson.write(e))).toList());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(learnerId).size() >= 2);
        List<PathUpdatedEvent> events = pathEvents(learnerId);
        assertThat(events).hasSize(2);
        PathUpdatedEvent changed = events.get(1);
        assertThat(changed.causedBy()).isNull();
        assertThat(changed.nextStep().moduleSlug()).isEqualTo(m0);
        assertThat(changed.totalModules()).isEqualTo(4);
        JsonPath changedPath = as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
        assertThat(changedPath.getList("modules.slug")).first().isEqualTo(m0);
        assertThat(changedPath.getList("modules.prerequisites")).containsExactly(List.of(), List.of(m0),
                List.of(m1), List.of(curriculum.modules().get(1)));

        // Further sweeps (any catalog change, on any instance) leave an unchanged path unannounced.
        Fixtures.curriculum("api" + UUID.randomUUID().toString().substring(0, 6));
        Awaitility.await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10))
                .until(() -> pathEvents(learnerId).size() == 2);
    }

    @Test
    void recommendationsServedAreCountedInTheMetrics() {
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        double paths = served("path", "STUDY");
        double nexts = served("next", "STUDY");
        as(token).get("/api/learners/me/path").then().statusCode(200);
        as(token).get("/api/learners/me/next").then().statusCode(200);
        as(token).get("/api/learners/me/next").then().statusCode(200);
        // A refused request is no recommendation.
        as(token).get("/api/learners/me/next?goal=no-such-goal").then().statusCode(404);
        assertThat(served("path", "STUDY")).isEqualTo(paths + 1);
        assertThat(served("next", "STUDY")).isEqualTo(nexts + 2);
    }

    private static double served(String request, String step) {
        String series = "learnpath_recommendations_served_total{request=\"" + request + "\",step=\"" + step + "\"}";
        return Metrics.value(series).orElseThrow(() -> new AssertionError(series + " is not in /q/metrics"));
    }

    @Test
    void badInputGetsProblemDetails() {
        as(token).body(Map.of("goalSlug", "no-such-goal")).put("/api/learners/me/goal").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("goalSlug"));
        as(token).body(Map.of("goalSlug", "Not A Slug!")).put("/api/learners/me/goal").then().statusCode(400)
                .contentType("application/problem+json");
        as(token).contentType("application/json").body("{\"goalSlug\":").put("/api/learners/me/goal").then()
                .statusCode(400).contentType("application/problem+json");
        as(token).contentType("application/json").put("/api/learners/me/goal").then().statusCode(400);
        as(token).get("/api/learners/me/path?goal=no-such-goal").then().statusCode(404)
                .contentType("application/problem+json");
        as(token).get("/api/learners/me/path?goal=BAD!").then().statusCode(400);
    }

    @Test
    void whoMaySeeWhat() {
        String otherName = "someone-else-" + UUID.randomUUID();
        String other = subjectOf(otherName);
        String goal = curriculum.goal();
        for (String endpoint : List.of("goal", "path?goal=" + goal, "next?goal=" + goal, "mastery")) {
            given().get("/api/learners/me/" + endpoint).then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
            as(token).get("/api/learners/" + other + "/" + endpoint).then().statusCode(403)
                    .contentType("application/problem+json");
            // Someone who is only an author is no learner.
            as(user("author-only", "author").sign()).get("/api/learners/me/" + endpoint).then().statusCode(403);
            for (String bad : List.of(TestTokens.user(username, "learner").expired().sign(),
                    TestTokens.user(username, "learner").signedByForeignKey().sign(),
                    TestTokens.user(username, "learner").issuer("http://127.0.0.1:1/realms/other").sign(),
                    TestTokens.user(username, "learner").algNone().sign())) {
                as(bad).get("/api/learners/me/" + endpoint).then().statusCode(401);
            }
        }
        as(token).get("/api/learners/" + subjectOf(username) + "/mastery").then().statusCode(200);
        // Admins and integrations reach learners known in their organization only: unknown yet, 404.
        as(admin("grace")).get("/api/learners/" + other + "/mastery").then().statusCode(404)
                .body("detail", equalTo("Learner '" + other + "' does not exist"));
        as(integration()).body(Map.of("goalSlug", goal)).put("/api/learners/" + other + "/goal").then()
                .statusCode(404);
        // The learner's own first request records them in their organization.
        as(learner(otherName)).get("/api/learners/me/mastery").then().statusCode(200);
        as(admin("grace")).get("/api/learners/" + other + "/mastery").then().statusCode(200)
                .body("learnerId", equalTo(other)).body("skills", hasSize(0));
        as(integration()).get("/api/learners/" + other + "/path?goal=" + goal).then().statusCode(200)
                .body("nextStep.kind", equalTo("STUDY"));
        as(integration()).body(Map.of("goalSlug", goal)).put("/api/learners/" + other + "/goal").then()
                .statusCode(200).body("learnerId", equalTo(other));
        as(token).body(Map.of("goalSlug", goal)).put("/api/learners/" + other + "/goal").then().statusCode(403);

        as(token).post("/api/refits").then().statusCode(403);
        as(integration()).post("/api/refits").then().statusCode(403);
        given().post("/api/refits").then().statusCode(401);
        as(admin("grace")).post("/api/refits").then().statusCode(200).body("answers", notNullValue());
        as(user("ada", "author").sign()).get("/api/skill-parameters").then().statusCode(200);
        as(token).get("/api/skill-parameters").then().statusCode(403);
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
