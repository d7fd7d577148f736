package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.admin;
import static org.learnpath.testinfra.TestTokens.learner;
import static org.learnpath.testinfra.TestTokens.manager;
import static org.learnpath.testinfra.TestTokens.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.learnpath.events.progress.ProgressEvent;
import org.learnpath.events.progress.ProgressTopic;
import org.learnpath.recommender.AssignmentFixtures;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.repository.ItemCalibrationReportRepository;
import org.learnpath.recommender.repository.LearnerActivityRepository;
import org.learnpath.recommender.service.PlacementService;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

/**
 * The placement assessment end to end inside the service (issue 27): started on the small curriculum
 * (m1 -> m2 -> m3, one skill each), its items answered as the assessment publishes PLACEMENT answers, then finished:
 * its answers touch no mastery until then; finishing seeds the skills and the path starts past the modules it placed
 * the learner past, saying why. Also skip, resume, one placement at a time, and the problem answers.
 */
@QuarkusTest
@LearnPathTestResources
class PlacementApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    PlacementService placementService;

    @Inject
    LearnerActivityRepository activity;

    @Inject
    ItemCalibrationReportRepository itemReport;

    Curriculum curriculum;
    String username;
    String token;
    String learnerId;
    /** Item id to {skill, prior difficulty}. */
    final Map<String, Object[]> items = new HashMap<>();

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("pl" + UUID.randomUUID().toString().substring(0, 6));
        double[] difficulties = {-1, 0, 1};
        curriculum.items().forEach((skill, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                items.put(ids.get(i).toString(), new Object[] {skill, difficulties[i]});
            }
        });
        username = "placed-" + UUID.randomUUID();
        token = learner(username);
        learnerId = subjectOf(username);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + curriculum.goal()).statusCode() == 200);
    }

    /** Answers the placement's items as the assessment would publish them until it is done; returns the last view. */
    private JsonPath answerUntilDone(boolean correct) {
        JsonPath view = as(token).get("/api/learners/me/placement").then().statusCode(200).extract().jsonPath();
        for (int n = 1; n <= 9 && !view.getBoolean("done"); n++) {
            String item = view.getString("next.itemId");
            assertThat(items).as("a goal item").containsKey(item);
            Object[] known = items.get(item);
            String skill = (String) known[0];
            assertThat(view.getList("next.skillCodes")).containsExactly(skill);
            assertThat(view.getString("next.moduleSlug"))
                    .isEqualTo(curriculum.modules().get(curriculum.skills().indexOf(skill)));
            assertThat(view.getString("next.questionPath")).isEqualTo("/api/questions/" + item);
            assertThat(view.getDouble("next.informationGain")).isPositive();
            assertThat(view.getDouble("next.predictedCorrect")).isBetween(0.0, 1.0);
            Fixtures.sendAnswers(List.of(Fixtures.placementAnswer(learnerId, UUID.fromString(item), skill,
                    (double) known[1], correct, Instant.now(), TestTokens.ACME)));
            int answered = n;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(token)
                    .get("/api/learners/me/placement").jsonPath().getInt("answered") == answered);
            view = as(token).get("/api/learners/me/placement").then().statusCode(200).extract().jsonPath();
            assertThat(view.getString("next.itemId")).isNotEqualTo(item);
        }
        assertThat(view.getBoolean("done")).isTrue();
        assertThat(view.getString("next")).isNull();
        return view;
    }

    @Test
    void aPlacementAsksGoalItemsWeighsItsAnswersWithoutTracingThemAndFinishingStartsThePathPastWhatItShowed() {
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(learnerId).size() == 1);

        JsonPath started = as(token).contentType("application/json").post("/api/learners/me/placement").then()
                .statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("IN_PROGRESS")).body("goalSlug", equalTo(curriculum.goal()))
                .body("learnerId", equalTo(learnerId)).body("maxItems", equalTo(20)).body("answered", equalTo(0))
                .body("done", equalTo(false)).body("result", nullValue()).body("finishedAt", nullValue())
                .extract().jsonPath();
        String placement = started.getString("placementId");
        assertThat(items).containsKey(started.getString("next.itemId"));
        // Starting again resumes it.
        as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement").then()
                .statusCode(200).body("placementId", equalTo(placement));

        JsonPath done = answerUntilDone(true);
        int answered = done.getInt("answered");
        assertThat(answered).isBetween(1, 9);
        // Stored as placement answers, traced by nothing: no mastery, the path as before.
        assertThat(Fixtures.count("select count(*) from answer where learner_id = ? and purpose = 'PLACEMENT'",
                learnerId)).isEqualTo(answered);
        assertThat(Fixtures.masteryRows(learnerId)).isEmpty();
        assertThat(as(token).get("/api/learners/me/path").jsonPath().getList("modules.status"))
                .containsExactly("READY", "LOCKED", "LOCKED");
        assertThat(pathEvents(learnerId)).hasSize(1);

        JsonPath finished = as(token).post("/api/learners/me/placement/finish").then().statusCode(200)
                .body("placementId", equalTo(placement)).body("status", equalTo("COMPLETED"))
                .body("finishedAt", notNullValue()).body("done", equalTo(false)).body("next", nullValue())
                .extract().jsonPath();
        assertThat(finished.getList("result.skills.code")).containsExactlyElementsOf(curriculum.skills());
        assertThat(finished.getList("result.skills.answered", Integer.class).stream().mapToInt(i -> i).sum())
                .isEqualTo(answered);
        // Every answer right: placed past the whole goal, each module with the right answer that showed it.
        assertThat(finished.getList("result.placedModules.slug")).containsExactlyElementsOf(curriculum.modules());
        for (int m = 0; m < 3; m++) {
            String shown = finished.getString("result.placedModules[" + m + "].shownSkill");
            assertThat(curriculum.skills().indexOf(shown)).isGreaterThanOrEqualTo(m);
            assertThat(finished.getString("result.placedModules[" + m + "].shownSkillName")).isEqualTo("Skill " + shown);
            assertThat(finished.getString("result.placedModules[" + m + "].title"))
                    .isEqualTo("Module " + curriculum.modules().get(m));
            assertThat(finished.getString("result.placedModules[" + m + "].sentence"))
                    .startsWith("You showed Skill " + shown + " in the placement assessment");
        }

        // Seeds written for the skills never practised; the path starts past the placed modules and says why.
        Map<String, double[]> seeded = Fixtures.masteryRows(learnerId);
        assertThat(seeded).containsOnlyKeys(curriculum.skills());
        // At least the mastery threshold, at most the seed cap (learnpath.recommender.placement.seed-cap, 0.999).
        seeded.values().forEach(row -> assertThat(row[0]).isBetween(0.95, 0.999));
        JsonPath path = as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
        assertThat(path.getList("modules.status")).containsExactly("MASTERED", "MASTERED", "MASTERED");
        for (int m = 0; m < 3; m++) {
            assertThat(path.getString("modules[" + m + "].placement.sentence"))
                    .isEqualTo(finished.getString("result.placedModules[" + m + "].sentence"));
            assertThat(path.getString("modules[" + m + "].placement.shownSkill"))
                    .isEqualTo(finished.getString("result.placedModules[" + m + "].shownSkill"));
        }
        // Announced like an answer's change, caused by no answer.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> pathEvents(learnerId).size() == 2);
        PathUpdatedEvent announced = pathEvents(learnerId).get(1);
        assertThat(announced.causedBy()).isNull();
        assertThat(announced.masteredModules()).isEqualTo(3);

        // Finishing again answers the same; a completed placement is not skipped.
        as(token).post("/api/learners/me/placement/finish").then().statusCode(200)
                .body("placementId", equalTo(placement)).body("status", equalTo("COMPLETED"))
                .body("finishedAt", equalTo(finished.getString("finishedAt")));
        as(token).post("/api/learners/me/placement/skip").then().statusCode(409).contentType(PROBLEM);
        as(token).get("/api/learners/me/placement?goal=" + curriculum.goal()).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("result.placedModules.size()", equalTo(3));
        assertThat(Fixtures.masteryRows(learnerId)).usingRecursiveComparison().isEqualTo(seeded);

        // An ordinary answer still traces as before, from the seeded state; a late placement answer traces nothing.
        String s3 = curriculum.skills().get(2);
        int practised = (int) seeded.get(s3)[1];
        Fixtures.sendAnswers(List.of(Fixtures.answer(learnerId, curriculum.items().get(s3).get(0), s3, false,
                Instant.now(), TestTokens.ACME), Fixtures.placementAnswer(learnerId, curriculum.items().get(s3).get(1),
                s3, 0, false, Instant.now(), TestTokens.ACME)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Fixtures.masteryRows(learnerId).get(s3)[1] == practised + 1);
        Fixtures.awaitCount("select count(*) from answer where learner_id = ?", answered + 2L, learnerId);
        Map<String, double[]> after = Fixtures.masteryRows(learnerId);
        assertThat(after.get(s3)[0]).isLessThan(seeded.get(s3)[0]);
        assertThat(after.get(s3)[1]).isEqualTo(practised + 1);
        assertThat(Fixtures.count("select count(*) from placement_answer where learner_id = ?", learnerId))
                .isEqualTo(answered);
    }

    @Test
    void wrongAnswersPlaceTheLearnerNowhereAndSeedOnlyWhatWasNeverPractised() {
        String s1 = curriculum.skills().get(0);
        // Practised before the placement: its state is the learner's own, which the placement leaves alone.
        Fixtures.sendAnswers(List.of(Fixtures.answer(learnerId, curriculum.items().get(s1).get(1), s1, true,
                Instant.now().minusSeconds(30), TestTokens.ACME)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.masteryRows(learnerId).size() == 1);
        double[] practised = Fixtures.masteryRows(learnerId).get(s1);

        as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement").then()
                .statusCode(201);
        as(token).get("/api/learners/me/placement").then().statusCode(404).contentType(PROBLEM);
        // Named explicitly since no goal is chosen.
        JsonPath view = as(token).get("/api/learners/me/placement?goal=" + curriculum.goal()).then().statusCode(200)
                .extract().jsonPath();
        // The item answered before is not asked again.
        assertThat(view.getString("next.itemId")).isNotEqualTo(curriculum.items().get(s1).get(1).toString());
        for (int n = 1; n <= 3 && !view.getBoolean("done"); n++) {
            String item = view.getString("next.itemId");
            Object[] known = items.get(item);
            Fixtures.sendAnswers(List.of(Fixtures.placementAnswer(learnerId, UUID.fromString(item),
                    (String) known[0], (double) known[1], false, Instant.now(), TestTokens.ACME)));
            int answered = n;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(token)
                    .get("/api/learners/me/placement?goal=" + curriculum.goal()).jsonPath().getInt("answered")
                    == answered);
            view = as(token).get("/api/learners/me/placement?goal=" + curriculum.goal()).then().statusCode(200)
                    .extract().jsonPath();
        }
        JsonPath finished = as(token).post("/api/learners/me/placement/finish?goal=" + curriculum.goal()).then()
                .statusCode(200).body("status", equalTo("COMPLETED")).extract().jsonPath();
        assertThat(finished.getList("result.placedModules")).isEmpty();
        Map<String, double[]> rows = Fixtures.masteryRows(learnerId);
        assertThat(rows.get(s1)).containsExactly(practised);
        // Every other skill the placement asked is seeded low, with the placement's answers to it as its practice; one
        // never asked and found less likely than the prior keeps the prior (no row, or none practised).
        assertThat(rows.keySet()).isSubsetOf(curriculum.skills());
        int answered = 0;
        int seededAsked = 0;
        for (int i = 0; i < 3; i++) {
            String skill = finished.getString("result.skills[" + i + "].code");
            int asked = finished.getInt("result.skills[" + i + "].answered");
            answered += asked;
            assertThat(finished.getInt("result.skills[" + i + "].correct")).isZero();
            if (skill.equals(s1)) {
                continue;
            }
            if (asked > 0) {
                seededAsked++;
                assertThat(rows).as("seeded: %s", skill).containsKey(skill);
                assertThat(rows.get(skill)[0]).isLessThan(0.5);
                assertThat(rows.get(skill)[1]).isEqualTo(asked);
                assertThat(rows.get(skill)[2]).isZero();
            } else if (rows.containsKey(skill)) {
                assertThat(rows.get(skill)[1]).isZero();
            }
        }
        assertThat(answered).isEqualTo(finished.getInt("answered")).isPositive();
        assertThat(seededAsked).as("a skill besides s1 was asked and seeded").isPositive();
        assertThat(as(token).get("/api/learners/me/path?goal=" + curriculum.goal()).jsonPath()
                .getList("modules.placement")).containsOnlyNulls();
    }

    @Test
    void skippingGivesUpThePlacementAndOneGoalAtATime() {
        String other = Fixtures.organizationGoal(curriculum, TestTokens.ACME);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + other).statusCode() == 200);
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        String first = as(token).contentType("application/json").body("{}").post("/api/learners/me/placement")
                .then().statusCode(201).body("goalSlug", equalTo(curriculum.goal())).extract().path("placementId");
        // A placement of another goal skips the one in progress.
        String second = as(token).body(Map.of("goalSlug", other)).post("/api/learners/me/placement").then()
                .statusCode(201).body("goalSlug", equalTo(other)).extract().path("placementId");
        assertThat(second).isNotEqualTo(first);
        as(token).get("/api/learners/me/placement").then().statusCode(200).body("placementId", equalTo(first))
                .body("status", equalTo("SKIPPED")).body("finishedAt", notNullValue()).body("next", nullValue())
                .body("done", equalTo(false));
        as(token).get("/api/learners/me/placement?goal=" + other).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));

        as(token).post("/api/learners/me/placement/skip?goal=" + other).then().statusCode(200)
                .body("placementId", equalTo(second)).body("status", equalTo("SKIPPED"));
        as(token).post("/api/learners/me/placement/skip?goal=" + other).then().statusCode(200)
                .body("placementId", equalTo(second)).body("status", equalTo("SKIPPED"));
        as(token).post("/api/learners/me/placement/finish?goal=" + other).then().statusCode(409)
                .contentType(PROBLEM);
        assertThat(Fixtures.masteryRows(learnerId)).isEmpty();
        // Taken again: a new one.
        as(token).body(Map.of("goalSlug", other)).post("/api/learners/me/placement").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS")).body("placementId", org.hamcrest.Matchers.not(second));

        // Skipping a goal never started records the skip.
        String fresh = learner("skipper-" + UUID.randomUUID());
        as(fresh).post("/api/learners/me/placement/skip?goal=" + curriculum.goal()).then().statusCode(200)
                .body("status", equalTo("SKIPPED")).body("answered", equalTo(0));
    }

    @Test
    void problemsAreAnsweredAsProblemDocuments() {
        // No goal chosen and none named.
        as(token).post("/api/learners/me/placement").then().statusCode(404).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("has not chosen a goal"));
        as(token).get("/api/learners/me/placement").then().statusCode(404).contentType(PROBLEM);
        as(token).post("/api/learners/me/placement/finish").then().statusCode(404).contentType(PROBLEM);
        // Unknown goals, and another organization's goal, do not exist.
        as(token).body(Map.of("goalSlug", "no-such-goal")).post("/api/learners/me/placement").then().statusCode(404)
                .contentType(PROBLEM);
        String globex = Fixtures.organizationGoal(curriculum, TestTokens.GLOBEX);
        as(token).body(Map.of("goalSlug", globex)).post("/api/learners/me/placement").then().statusCode(404)
                .contentType(PROBLEM);
        as(token).get("/api/learners/me/placement?goal=" + globex).then().statusCode(404).contentType(PROBLEM);
        // A goal with no placement yet.
        as(token).get("/api/learners/me/placement?goal=" + curriculum.goal()).then().statusCode(404)
                .contentType(PROBLEM).body("detail", org.hamcrest.Matchers.containsString("no placement"));
        as(token).post("/api/learners/me/placement/finish?goal=" + curriculum.goal()).then().statusCode(404);
        // Not a goal slug.
        as(token).body(Map.of("goalSlug", "Not A Slug")).post("/api/learners/me/placement").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(org.hamcrest.Matchers.endsWith("goalSlug")));
        as(token).get("/api/learners/me/placement?goal=NOPE").then().statusCode(400).contentType(PROBLEM);
        as(token).post("/api/learners/me/placement/skip?goal=NOPE").then().statusCode(400).contentType(PROBLEM);
        // A goal whose knowledge space placement cannot weigh: a module of 17 skills.
        String wide = wideGoal();
        as(token).body(Map.of("goalSlug", wide)).post("/api/learners/me/placement").then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:placement-too-large"));
        assertThat(Fixtures.count("select count(*) from placement where learner_id = ?", learnerId)).isZero();
    }

    @Test
    void whoMayTakeAndReadWhosePlacement() {
        as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement").then()
                .statusCode(201);
        String path = "/api/learners/" + learnerId + "/placement?goal=" + curriculum.goal();
        // Another learner may not; an admin of the organization reads and resumes it.
        as(learner("someone-" + UUID.randomUUID())).get(path).then().statusCode(403);
        as(learner("someone-" + UUID.randomUUID())).post("/api/learners/" + learnerId + "/placement/skip").then()
                .statusCode(403);
        String admin = admin("placement-admin-" + UUID.randomUUID());
        as(admin).get(path).then().statusCode(200).body("learnerId", equalTo(learnerId));
        as(admin).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/" + learnerId + "/placement")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        // A manager changes no one else's placement, and reads only their teams' members (this learner is in none).
        String manager = manager("placement-manager-" + UUID.randomUUID());
        as(manager).post("/api/learners/" + learnerId + "/placement/finish").then().statusCode(403);
        as(manager).get(path).then().statusCode(404);
        // Without a token.
        io.restassured.RestAssured.given().get("/api/learners/me/placement").then().statusCode(401);
    }

    /** The operations are in the OpenAPI document (which the e2e authorization matrix walks), tagged and described. */
    @Test
    void theOperationsArePublishedInTheOpenApiDocument() {
        JsonPath openApi = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        assertThat(paths.get("/api/learners/{learnerId}/placement")).containsKeys("get", "post");
        assertThat(paths.get("/api/learners/{learnerId}/placement/finish")).containsOnlyKeys("post");
        assertThat(paths.get("/api/learners/{learnerId}/placement/skip")).containsOnlyKeys("post");
        assertThat(openApi.getMap("paths.'/api/learners/{learnerId}/placement'.post.responses")).containsKeys("201",
                "200", "404", "409");
        assertThat(openApi.getMap("components.schemas")).containsKeys("PlacementView", "PlacementNextItemView",
                "PlacementResultView", "PlacedModuleView", "PlacementSkillView", "ModulePlacementView");
    }

    @Test
    void onlyTheLearnersFirstAnswerToTheItemThePlacementNamesIsLinked() {
        String s1 = curriculum.skills().get(0);
        String seen = curriculum.items().get(s1).get(0).toString();
        String goal = "?goal=" + curriculum.goal();
        // Answered in a placement session while no placement runs (its key is shown then): stored, linked to nothing.
        sendPlacementAnswer(seen, true, Instant.now());
        JsonPath started = as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement")
                .then().statusCode(201).extract().jsonPath();
        String placement = started.getString("placementId");
        String named = started.getString("next.itemId");
        assertThat(named).isNotNull().isNotEqualTo(seen);
        // Even were the placement to name it, an answer to an item seen before counts for nothing.
        execute("update placement set next_item_id = ?::uuid where id = ?::uuid", seen, placement);
        sendPlacementAnswer(seen, true, Instant.now());
        assertLinked(placement, 0);

        // An item the placement does not name: not linked. The named one stays named while it may be asked.
        named = as(token).get("/api/learners/me/placement" + goal).jsonPath().getString("next.itemId");
        String notNamed = null;
        for (String item : items.keySet()) {
            if (!item.equals(seen) && !item.equals(named)) {
                notNamed = item;
                break;
            }
        }
        sendPlacementAnswer(notNamed, true, Instant.now());
        assertLinked(placement, 0);
        assertThat(as(token).get("/api/learners/me/placement" + goal).jsonPath().getString("next.itemId"))
                .isEqualTo(named);

        // The named item, but answered before the placement started (a delayed answer of an earlier session).
        sendPlacementAnswer(named, true, Instant.parse(started.getString("startedAt")).minusSeconds(60));
        assertLinked(placement, 0);

        // The item it names now, answered: linked, and the next one named.
        String asked = as(token).get("/api/learners/me/placement" + goal).jsonPath().getString("next.itemId");
        assertThat(asked).isNotIn(seen, notNamed, named);
        AnswerEvent linked = sendPlacementAnswer(asked, true, Instant.now());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(token)
                .get("/api/learners/me/placement" + goal).jsonPath().getInt("answered") == 1);
        assertThat(Fixtures.count("select count(*) from placement_answer where placement_id = ?::uuid and event_id = ?",
                placement, linked.eventId())).isOne();
        JsonPath view = as(token).get("/api/learners/me/placement" + goal).jsonPath();
        assertThat(view.getString("next.itemId")).isNotIn(seen, notNamed, named, asked);
        // The same item again (from a second session): not linked.
        sendPlacementAnswer(asked, true, Instant.now());
        assertLinked(placement, 1);
    }

    @Test
    void thePlacementIsDoneOnceItsLinkedAnswersReachItsBudgetAndFinishingWithoutAnAnswerItWeighsSeedsNothing() {
        String placement = as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement")
                .then().statusCode(201).extract().path("placementId");
        // A budget of one, the placement naming an item it cannot weigh (as after the catalog moved it elsewhere).
        String moved = UUID.randomUUID().toString();
        execute("update placement set max_items = 1, next_item_id = ?::uuid where id = ?::uuid", moved, placement);
        Fixtures.sendAnswers(List.of(Fixtures.placementAnswer(learnerId, UUID.fromString(moved),
                curriculum.goal() + "-elsewhere", 0, true, Instant.now(), TestTokens.ACME)));
        String goal = "?goal=" + curriculum.goal();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(token)
                .get("/api/learners/me/placement" + goal).jsonPath().getInt("answered") == 1);
        as(token).get("/api/learners/me/placement" + goal).then().statusCode(200).body("maxItems", equalTo(1))
                .body("answered", equalTo(1)).body("done", equalTo(true)).body("next", nullValue());

        // No answer it can weigh: completed, placed past nothing, nothing seeded.
        as(token).post("/api/learners/me/placement/finish" + goal).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("result.placedModules.size()", equalTo(0))
                .body("result.skills.size()", equalTo(0));
        assertThat(Fixtures.masteryRows(learnerId)).isEmpty();
        assertThat(Fixtures.count("select count(*) from placement_skill where placement_id = ?::uuid", placement))
                .isZero();
    }

    @Test
    void finishingAPlacementWithoutAnswersCompletesItWithAnEmptyResultAndSeedsNothing() {
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        as(token).contentType("application/json").post("/api/learners/me/placement").then().statusCode(201);
        as(token).post("/api/learners/me/placement/finish").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("answered", equalTo(0))
                .body("result.placedModules.size()", equalTo(0)).body("result.skills.size()", equalTo(0));
        assertThat(Fixtures.masteryRows(learnerId)).isEmpty();
        assertThat(as(token).get("/api/learners/me/path").jsonPath().getList("modules.status"))
                .containsExactly("READY", "LOCKED", "LOCKED");
        // Finishing again answers the same.
        as(token).post("/api/learners/me/placement/finish").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("result.skills.size()", equalTo(0));
    }

    @Test
    void whatAPlacementAsksIsComputedOncePerLinkedAnswerNotPerPoll() {
        String goal = "?goal=" + curriculum.goal();
        JsonPath started = as(token).body(Map.of("goalSlug", curriculum.goal())).post("/api/learners/me/placement")
                .then().statusCode(201).extract().jsonPath();
        // Computed when started (and again at most once should the catalog view have moved on since).
        as(token).get("/api/learners/me/placement" + goal).then().statusCode(200);
        long before = placementService.beliefsComputed();
        for (int i = 0; i < 5; i++) {
            as(token).get("/api/learners/me/placement" + goal).then().statusCode(200)
                    .body("next.itemId", equalTo(started.getString("next.itemId")));
        }
        assertThat(placementService.beliefsComputed() - before).isZero();

        String item = started.getString("next.itemId");
        sendPlacementAnswer(item, true, Instant.now());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count(
                "select count(*) from placement_answer where placement_id = ?::uuid",
                started.getString("placementId")) == 1);
        long answered = placementService.beliefsComputed();
        for (int i = 0; i < 5; i++) {
            as(token).get("/api/learners/me/placement" + goal).then().statusCode(200).body("answered", equalTo(1));
        }
        assertThat(placementService.beliefsComputed() - answered).isOne();
    }

    @Test
    void aPlacementThatCompletesAnAssignedGoalRecordsTheCompletionOnceWithItsEvent() {
        // A goal of the first module only: one skill, which the placement asks (so it counts as answered).
        String small = curriculum.goal().replace("-goal", "-small-goal");
        CatalogEvent g = CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(), new CatalogEvent.GoalState(small,
                "Small goal", "The first module", List.of(curriculum.modules().get(0)), 0));
        Fixtures.send(List.of(new ProducerRecord<>(CatalogTopic.NAME, g.key(), EventJson.write(g))));
        Fixtures.awaitCount("select count(*) from catalog_goal where slug = ?", 1, small);
        UUID team = AssignmentFixtures.team(TestTokens.ACME, "Team " + learnerId, List.of(learnerId), List.of());
        String admin = admin("placement-assigner-" + UUID.randomUUID());
        String[] assignment = new String[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            Response response = as(admin).body(Map.of("goal", small, "teamId", team.toString()))
                    .post("/api/assignments");
            assignment[0] = response.statusCode() == 201 ? response.jsonPath().getString("id") : null;
            return assignment[0] != null;
        });

        String goal = "?goal=" + small;
        JsonPath view = as(token).body(Map.of("goalSlug", small)).post("/api/learners/me/placement").then()
                .statusCode(201).extract().jsonPath();
        for (int n = 1; n <= 3 && !view.getBoolean("done"); n++) {
            sendPlacementAnswer(view.getString("next.itemId"), true, Instant.now());
            int answered = n;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(token)
                    .get("/api/learners/me/placement" + goal).jsonPath().getInt("answered") == answered);
            view = as(token).get("/api/learners/me/placement" + goal).then().statusCode(200).extract().jsonPath();
        }
        assertThat(Fixtures.count("select count(*) from assignment_completion where learner_id = ?", learnerId))
                .isZero();
        as(token).post("/api/learners/me/placement/finish" + goal).then().statusCode(200)
                .body("result.placedModules.slug", equalTo(List.of(curriculum.modules().get(0))));
        assertThat(Fixtures.count("select count(*) from assignment_completion where assignment_id = ?::uuid"
                + " and learner_id = ?", assignment[0], learnerId)).isOne();
        // Finishing again records nothing more.
        as(token).post("/api/learners/me/placement/finish" + goal).then().statusCode(200);
        Fixtures.awaitCount("select count(*) from outbox_event where topic = ?", 0, ProgressTopic.NAME);
        List<ProgressEvent> events = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            events.clear();
            TopicReader.readAll(ProgressTopic.NAME).stream().filter(r -> learnerId.equals(r.key()))
                    .forEach(r -> events.add(EventJson.read(r.value(), ProgressEvent.class)));
            return !events.isEmpty();
        });
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(ProgressEvent.Type.ASSIGNMENT_COMPLETED);
        assertThat(events.get(0).assignmentId()).hasToString(assignment[0]);
        assertThat(Fixtures.count("select count(*) from assignment_completion where learner_id = ?", learnerId))
                .isOne();
    }

    @Test
    void theResultNamesOnlyTheModulesThePathStartsPast() {
        String s1 = curriculum.skills().get(0);
        // Practised badly before: s1 keeps its own low estimate, whatever the placement finds.
        Fixtures.sendAnswers(List.of(
                Fixtures.answer(learnerId, curriculum.items().get(s1).get(0), s1, false,
                        Instant.now().minusSeconds(60), TestTokens.ACME),
                Fixtures.answer(learnerId, curriculum.items().get(s1).get(1), s1, false,
                        Instant.now().minusSeconds(50), TestTokens.ACME)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.masteryRows(learnerId).size() == 1
                && Fixtures.masteryRows(learnerId).get(s1)[1] == 2);
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        as(token).contentType("application/json").post("/api/learners/me/placement").then().statusCode(201);
        JsonPath finished = answerUntilDoneThenFinish();
        List<String> placed = finished.getList("result.placedModules.slug");
        JsonPath path = as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
        List<String> mastered = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            if ("MASTERED".equals(path.getString("modules[" + m + "].status"))) {
                mastered.add(path.getString("modules[" + m + "].slug"));
            }
        }
        assertThat(placed).isEqualTo(mastered).isNotEmpty().doesNotContain(curriculum.modules().get(0));
        assertThat(Fixtures.masteryRows(learnerId).get(s1)[0]).isLessThan(0.95);
        as(token).get("/api/learners/me/placement").then().statusCode(200)
                .body("result.placedModules.slug", equalTo(placed));
    }

    @Test
    void placementAnswersAreNoStudyInTheActivityAndItemReports() {
        String s2 = curriculum.skills().get(1);
        AnswerEvent placed = sendPlacementAnswer(curriculum.items().get(s2).get(0).toString(), true, Instant.now());
        AnswerEvent studied = Fixtures.answer(learnerId, curriculum.items().get(s2).get(1), s2, true, Instant.now(),
                TestTokens.ACME);
        Fixtures.sendAnswers(List.of(studied));
        Fixtures.awaitCount("select count(*) from answer where event_id = ?", 1, studied.eventId());
        assertThat(placed.purpose()).isEqualTo(AnswerEvent.Purpose.PLACEMENT);
        Map<String, LearnerActivityRepository.Effort> effort = activity.effortSince(List.of(learnerId),
                Instant.now().minus(Duration.ofDays(1)), List.of(s2), Duration.ofMinutes(10));
        assertThat(effort.get(learnerId).answers()).isOne();
        assertThat(effort.get(learnerId).millis()).isEqualTo(studied.responseTimeMillis());
        int[] daily = activity.dailyCounts(List.of(learnerId), Instant.now().plusSeconds(1), 7).get(learnerId);
        assertThat(java.util.Arrays.stream(daily).sum()).isOne();
        // Nor does the item report count them: the item answered in the placement only has no answers.
        Map<UUID, ItemCalibrationReportRepository.ItemStats> stats = new HashMap<>();
        itemReport.stats(0.95).forEach(item -> stats.put(item.itemId(), item));
        assertThat(stats.get(placed.itemId()).answers()).isZero();
        assertThat(stats.get(studied.itemId()).answers()).isOne();
    }

    /** Answers, all right, what the placement of the chosen goal asks until it is done, then finishes it. */
    private JsonPath answerUntilDoneThenFinish() {
        JsonPath view = as(token).get("/api/learners/me/placement").then().statusCode(200).extract().jsonPath();
        for (int n = 1; n <= 9 && !view.getBoolean("done"); n++) {
            sendPlacementAnswer(view.getString("next.itemId"), true, Instant.now());
            int answered = n;
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(token)
                    .get("/api/learners/me/placement").jsonPath().getInt("answered") == answered);
            view = as(token).get("/api/learners/me/placement").then().statusCode(200).extract().jsonPath();
        }
        assertThat(view.getBoolean("done")).isTrue();
        return as(token).post("/api/learners/me/placement/finish").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).extract().jsonPath();
    }

    /** Publishes a placement answer of the learner to a goal item, as the assessment would, and waits until it is stored. */
    private AnswerEvent sendPlacementAnswer(String item, boolean correct, Instant at) {
        Object[] known = items.get(item);
        AnswerEvent answer = Fixtures.placementAnswer(learnerId, UUID.fromString(item), (String) known[0],
                (double) known[1], correct, at, TestTokens.ACME);
        Fixtures.sendAnswers(List.of(answer));
        Fixtures.awaitCount("select count(*) from answer where event_id = ?", 1, answer.eventId());
        return answer;
    }

    /** The placement has exactly {@code n} answers linked, as stored and as read. */
    private void assertLinked(String placement, int n) {
        assertThat(Fixtures.count("select count(*) from placement_answer where placement_id = ?::uuid", placement))
                .isEqualTo(n);
        assertThat(as(token).get("/api/learners/me/placement?goal=" + curriculum.goal()).jsonPath().getInt("answered"))
                .isEqualTo(n);
    }

    private static void execute(String sql, Object... params) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A goal over one module teaching 17 skills: more than placement weighs in one module. */
    private String wideGoal() {
        String prefix = curriculum.goal().replace("-goal", "-wide");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<String> skills = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 17; i++) {
            String skill = prefix + "-s" + i;
            skills.add(skill);
            CatalogEvent e = CatalogEvent.skillUpserted(UUID.randomUUID(), now,
                    new CatalogEvent.SkillState(skill, "Skill " + skill, "Test skill", "MACHINE_LEARNING", 0));
            records.add(new ProducerRecord<>(CatalogTopic.NAME, e.key(), EventJson.write(e)));
        }
        CatalogEvent module = CatalogEvent.moduleUpserted(UUID.randomUUID(), now, new CatalogEvent.ModuleState(
                prefix + "-m", "Module " + prefix, "Test module", "MACHINE_LEARNING", "BEGINNER", 30, skills,
                List.of(), 0));
        records.add(new ProducerRecord<>(CatalogTopic.NAME, module.key(), EventJson.write(module)));
        String goal = prefix + "-goal";
        CatalogEvent g = CatalogEvent.goalUpserted(UUID.randomUUID(), now,
                new CatalogEvent.GoalState(goal, "Goal " + prefix, "Test goal", List.of(prefix + "-m"), 0));
        records.add(new ProducerRecord<>(CatalogTopic.NAME, g.key(), EventJson.write(g)));
        Fixtures.send(records);
        Fixtures.awaitCount("select count(*) from catalog_goal where slug = ?", 1, goal);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + goal).statusCode() == 200);
        return goal;
    }

    static List<PathUpdatedEvent> pathEvents(String learnerId) {
        List<PathUpdatedEvent> events = new ArrayList<>();
        for (ConsumerRecord<String, String> r : TopicReader.readAll(PathTopic.NAME)) {
            if (learnerId.equals(r.key())) {
                events.add(EventJson.read(r.value(), PathUpdatedEvent.class));
            }
        }
        return events;
    }
}
