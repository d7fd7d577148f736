package org.learnpath.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.numeric;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.serve;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;
import org.learnpath.testinfra.TestTokens;

/**
 * A learner's sessions and answers belong to the learner's organization: requests about them need a token naming
 * one, and another organization's learner or session answers exactly as an id no one uses. Items and reports stay
 * shared.
 */
@QuarkusTest
@LearnPathTestResources
class OrganizationIsolationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_FOUND = "urn:learnpath:problem:not-found";
    private static final String ORGANIZATION_REQUIRED = "urn:learnpath:problem:organization-required";

    @Test
    void anAcmeSessionIsUnknownToTheSameSubjectWithAGlobexTokenAndToAGlobexLearner() {
        String skill = unique("org-session");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.8, 0.01));
        String name = unique("org-alice");
        String alice = TestTokens.learner(name);
        String aliceAtGlobex = TestTokens.user(name, "learner").organization(TestTokens.GLOBEX).sign();
        String globexLearner = TestTokens.user(unique("org-gina"), "learner").organization(TestTokens.GLOBEX).sign();
        String session = startSession(alice, skill);
        serve(alice, session, item);

        String unknown = UUID.randomUUID().toString();
        for (String stranger : List.of(aliceAtGlobex, globexLearner)) {
            for (String id : List.of(session, unknown)) {
                String detail = "Session '" + id + "' does not exist";
                for (String path : List.of("", "/next-item", "/attempts")) {
                    notFound(as(stranger).get("/api/sessions/" + id + path).then(), detail);
                }
                notFound(answer(stranger, id, item), detail);
            }
            as(stranger).get("/api/sessions").then().statusCode(200).body("id", not(hasItem(session)));
        }
        // A learner's data stays in the organization that first stored it: a token naming another one starts nothing.
        as(aliceAtGlobex).body(Map.of("kind", "SKILL", "target", skill)).post("/api/sessions").then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo(NOT_FOUND));
        assertThat(count("select count(*) from assessment_session where learner_id = ?", TestTokens.subjectOf(name)))
                .isEqualTo(1);

        // Untouched by all of that: the session still serves alice the same item and takes her answer.
        as(alice).get("/api/sessions/" + session + "/next-item").then().statusCode(200).body("id", equalTo(item));
        answer(alice, session, item).statusCode(200).body("correct", equalTo(true));
        as(alice).get("/api/sessions").then().statusCode(200).body("id", hasItem(session));
        assertThat(count("select count(*) from assessment_session where id = ? and organization = 'acme'",
                UUID.fromString(session))).isEqualTo(1);
        assertThat(count("select count(*) from attempt where session_id = ? and organization = 'acme'",
                UUID.fromString(session))).isEqualTo(1);
    }

    @Test
    void aLearnerReadsOnlyTheirAnswersOfTheTokensOrganization() throws Exception {
        String skill = unique("org-history");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.8, 0.01));
        String name = unique("org-own");
        String subject = TestTokens.subjectOf(name);
        String own = TestTokens.learner(name);
        String session = startSession(own, skill);
        serve(own, session, item);
        String attempt = answer(own, session, item).statusCode(200).extract().path("attemptId");
        // An answer stored before organizations existed belongs to none, so no organization is shown it.
        insertAttemptWithoutOrganization(subject, UUID.fromString(item));

        as(own).get("/api/learners/me/attempts").then().statusCode(200).body("id", equalTo(List.of(attempt)));
        as(TestTokens.user(name, "learner").organization(TestTokens.GLOBEX).sign()).get("/api/learners/me/attempts")
                .then().statusCode(200).body("size()", equalTo(0));
        // The integration of the learner's organization reads the same, and nothing else.
        as(TestTokens.integration()).get("/api/learners/" + subject + "/attempts").then().statusCode(200)
                .body("id", equalTo(List.of(attempt)));
        assertThat(count("select count(*) from attempt where learner_id = ?", subject)).isEqualTo(2);
    }

    @Test
    void aTokenWithoutOrganizationIsRefusedOnLearnerAndIntegrationEndpoints() {
        String skill = unique("org-none");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.8, 0.01));
        String session = startSession(TestTokens.learner(unique("org-owner")), skill);
        Map<String, Object> external = Map.of("learnerId", unique("org-external"), "itemId", item, "response",
                Map.of("value", 0.8), "responseTimeMillis", 1000, "answeredAt", Instant.now().minusSeconds(60).toString());

        // No claim, and claims that do not name exactly one organization.
        for (Object claim : new Object[] { null, List.of("acme", "globex"), List.of(), "Not An Alias" }) {
            String learner = TestTokens.user(unique("org-nobody"), "learner").organizationClaim(claim).sign();
            String integration = TestTokens.integrationOf(TestTokens.ACME).organizationClaim(claim).sign();
            String admin = TestTokens.user(unique("org-admin"), "admin", "author", "learner").organizationClaim(claim)
                    .sign();
            organizationRequired(as(learner).body(Map.of("kind", "SKILL", "target", skill)).post("/api/sessions").then());
            organizationRequired(as(learner).get("/api/sessions").then());
            for (String path : List.of("", "/next-item", "/attempts")) {
                organizationRequired(as(learner).get("/api/sessions/" + session + path).then());
            }
            organizationRequired(answer(learner, session, item));
            organizationRequired(as(learner).get("/api/learners/me/attempts").then());
            for (String caller : List.of(integration, admin)) {
                organizationRequired(as(caller).body(Map.of("answers", List.of(external)))
                        .post("/api/integrations/answers").then());
                organizationRequired(as(caller).get("/api/learners/" + external.get("learnerId") + "/attempts").then());
            }
            // Items, questions and reports are shared: no organization needed.
            as(admin).get("/api/questions/" + item).then().statusCode(200);
            as(admin).get("/api/reports/skills").then().statusCode(200);
            as(admin).get("/api/reports/items/" + item).then().statusCode(200);
        }
        as(TestTokens.user(unique("org-author"), "author").organization(null).sign())
                .body(numeric(skill, 0.5, 0.01)).post("/api/items").then().statusCode(201);
        assertThat(count("select count(*) from attempt where learner_id = ?", external.get("learnerId"))).isZero();
    }

    @Test
    void anotherOrganizationsIntegrationNeitherReadsNorWritesALearner() {
        String skill = unique("org-integration");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.8, 0.01));
        String learner = TestTokens.subjectOf(unique("org-acme-learner"));
        String newcomer = TestTokens.subjectOf(unique("org-newcomer"));
        String acme = TestTokens.integration();
        String globex = TestTokens.integrationOf(TestTokens.GLOBEX).sign();
        String globexAdmin = TestTokens.user(unique("org-globex-admin"), "admin").organization(TestTokens.GLOBEX).sign();
        as(acme).body(Map.of("answers", List.of(external(learner, item)))).post("/api/integrations/answers").then()
                .statusCode(200);

        // Reading: another organization's learner answers as an id no one uses.
        String stranger = TestTokens.subjectOf(unique("org-stranger"));
        for (String caller : List.of(globex, globexAdmin)) {
            for (String id : List.of(learner, stranger)) {
                notFound(as(caller).get("/api/learners/" + id + "/attempts").then(), "Learner '" + id + "' does not exist");
            }
        }
        notFound(as(acme).get("/api/learners/" + stranger + "/attempts").then(), "Learner '" + stranger + "' does not exist");
        as(acme).get("/api/learners/" + learner + "/attempts").then().statusCode(200).body("size()", equalTo(1));

        // Writing: the whole batch is refused, the learner of another organization named by index only.
        for (String caller : List.of(globex, globexAdmin)) {
            JsonPath problem = as(caller).header("Idempotency-Key", unique("org-key"))
                    .body(Map.of("answers", List.of(external(newcomer, item), external(learner, item))))
                    .post("/api/integrations/answers").then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo(NOT_FOUND)).body("errors.field", equalTo(List.of("answers[1].learnerId")))
                    .extract().jsonPath();
            assertThat(problem.getString("detail")).startsWith("answers[1].learnerId: ").doesNotContain("acme");
            assertThat(problem.getString("errors[0].message")).doesNotContain("acme");
        }
        assertThat(count("select count(*) from attempt where learner_id in (?, ?)", learner, newcomer)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_event where record_key = ?", newcomer)).isZero();
        notFound(as(globex).get("/api/learners/" + newcomer + "/attempts").then(),
                "Learner '" + newcomer + "' does not exist");
        as(acme).get("/api/learners/" + learner + "/attempts").then().statusCode(200).body("size()", equalTo(1));

        // A learner known by a session only is the session's organization's too.
        String name = unique("org-session-only");
        startSession(TestTokens.learner(name), skill);
        as(globex).body(Map.of("answers", List.of(external(TestTokens.subjectOf(name), item))))
                .post("/api/integrations/answers").then().statusCode(404)
                .body("errors.field", equalTo(List.of("answers[0].learnerId")));
        assertThat(count("select count(*) from attempt where learner_id = ?", TestTokens.subjectOf(name))).isZero();
    }

    @Test
    void everyAnswerEventNamesTheOrganizationThatStoredIt() {
        String skill = unique("org-event");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.8, 0.01));
        String name = unique("org-event-learner");
        String token = TestTokens.learner(name);
        String session = startSession(token, skill);
        serve(token, session, item);
        answer(token, session, item).statusCode(200);
        String integrated = TestTokens.subjectOf(unique("org-event-integrated"));
        as(TestTokens.integration()).body(Map.of("answers", List.of(external(integrated, item))))
                .post("/api/integrations/answers").then().statusCode(200);
        String globexLearner = TestTokens.subjectOf(unique("org-event-globex"));
        as(TestTokens.integrationOf(TestTokens.GLOBEX).sign()).body(Map.of("answers", List.of(external(globexLearner, item))))
                .post("/api/integrations/answers").then().statusCode(200);

        assertThat(AnsweringTest.awaitEvents(TestTokens.subjectOf(name), 1)).singleElement()
                .satisfies(r -> assertThat(EventJson.read(r.value(), AnswerEvent.class).organization()).isEqualTo("acme"));
        assertThat(AnsweringTest.awaitEvents(integrated, 1)).singleElement()
                .satisfies(r -> assertThat(EventJson.read(r.value(), AnswerEvent.class).organization()).isEqualTo("acme"));
        assertThat(AnsweringTest.awaitEvents(globexLearner, 1)).singleElement()
                .satisfies(r -> assertThat(EventJson.read(r.value(), AnswerEvent.class).organization()).isEqualTo("globex"));
    }

    @Test
    void theOpenApiDocumentListsTheNewRefusals() {
        JsonPath doc = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        for (String operation : List.of("'/api/sessions'.post", "'/api/sessions'.get", "'/api/sessions/{id}'.get",
                "'/api/sessions/{id}/next-item'.get", "'/api/sessions/{id}/attempts'.get",
                "'/api/sessions/{id}/answers'.post", "'/api/learners/me/attempts'.get",
                "'/api/integrations/answers'.post", "'/api/learners/{learnerId}/attempts'.get")) {
            Map<String, Object> responses = doc.getMap("paths." + operation + ".responses");
            assertThat(responses).as(operation).containsKey("403");
            assertThat(responses.keySet()).as(operation).anyMatch(code -> code.startsWith("2"));
        }
        for (String operation : List.of("'/api/sessions/{id}'.get", "'/api/sessions/{id}/answers'.post",
                "'/api/integrations/answers'.post", "'/api/learners/{learnerId}/attempts'.get")) {
            assertThat(doc.getMap("paths." + operation + ".responses")).as(operation).containsKey("404");
        }
        // The success responses keep their generated schemas.
        assertThat(doc.getString("paths.'/api/sessions/{id}'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
                .as(doc.getMap("paths.'/api/sessions/{id}'.get.responses").toString()).endsWith("SessionView");
    }

    private static String startSession(String token, String skill) {
        return as(token).body(Map.of("kind", "SKILL", "target", skill, "items", 5)).post("/api/sessions").then()
                .statusCode(201).extract().path("id");
    }

    private static ValidatableResponse answer(String token, String session, String item) {
        return as(token).body(Map.of("itemId", item, "response", Map.of("value", 0.8), "responseTimeMillis", 1000))
                .post("/api/sessions/" + session + "/answers").then();
    }

    private static Map<String, Object> external(String learner, String item) {
        return Map.of("learnerId", learner, "itemId", item, "response", Map.of("value", 0.8), "responseTimeMillis", 1000,
                "answeredAt", Instant.now().minusSeconds(60).toString());
    }

    private static void notFound(ValidatableResponse response, String detail) {
        response.statusCode(404).contentType(PROBLEM).body("type", equalTo(NOT_FOUND)).body("detail", equalTo(detail));
    }

    private static void organizationRequired(ValidatableResponse response) {
        response.statusCode(403).contentType(PROBLEM).body("type", equalTo(ORGANIZATION_REQUIRED));
    }

    private static void insertAttemptWithoutOrganization(String learner, UUID item) throws Exception {
        try (Connection c = PostgresResource.connect(); PreparedStatement insert = c.prepareStatement("""
                insert into attempt (id, learner_id, item_id, item_version, response, correct, score, response_time_ms,
                                     answered_at, attempt_number, source, recorded_by, event_id)
                select ?, ?, id, version, '{"value": 0.8}'::jsonb, true, 1, 1000, now(), 99, 'INTEGRATION', 'before', ?
                from item where id = ?""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, learner);
            insert.setObject(3, UUID.randomUUID());
            insert.setObject(4, item);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }
}
