package org.learnpath.assessment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.serve;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/** Malformed, oversized and wrong-type input: always a 4xx problem document, never a stored answer. */
@QuarkusTest
@LearnPathTestResources
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    private String learner;
    private String token;
    private String session;
    private String item;

    @BeforeEach
    void session() {
        String skill = unique("bad-input");
        catalogSkills(skill);
        item = publishedItem(singleChoice(skill, "b"));
        learner = unique("careless");
        token = TestTokens.learner(learner);
        session = as(token).body(Map.of("kind", "SKILL", "target", skill)).post("/api/sessions").then().statusCode(201)
                .extract().path("id");
        // Served, so that what is refused below is refused for its input alone.
        serve(token, session, item);
    }

    private io.restassured.response.ValidatableResponse answer(Object body) {
        return as(token).body(body).post("/api/sessions/" + session + "/answers").then();
    }

    @Test
    void malformedAndWronglyTypedAnswersAre400() {
        as(token).body("{\"itemId\": ").post("/api/sessions/" + session + "/answers").then().statusCode(400)
                .contentType(PROBLEM).body("type", equalTo("urn:learnpath:problem:malformed-body"));
        answer(Map.of("itemId", "not-a-uuid", "response", Map.of("choice", "b"), "responseTimeMillis", 10))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("itemId"));
        answer(Map.of("itemId", item, "response", Map.of("choice", "b"), "responseTimeMillis", "fast"))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("responseTimeMillis"));
        answer(Map.of("itemId", item, "response", Map.of("choice", "b"), "responseTimeMillis", -5))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("responseTimeMillis"));
        answer(Map.of("itemId", item, "response", Map.of("choice", "z"), "responseTimeMillis", 10))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("response.choice"));
        answer(Map.of("itemId", item, "response", Map.of("value", 3), "responseTimeMillis", 10))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("response"));
        answer(Map.of("itemId", item, "responseTimeMillis", 10)).statusCode(400).body("errors.field", hasItem("response"));
        answer(List.of(1, 2)).statusCode(400).contentType(PROBLEM);
        as(token).contentType("text/plain").body("b").post("/api/sessions/" + session + "/answers").then()
                .statusCode(415).contentType(PROBLEM);
        org.assertj.core.api.Assertions.assertThat(
                count("select count(*) from attempt where learner_id = ?", TestTokens.subjectOf(learner))).isZero();
    }

    @Test
    void unknownIdsAre404AndBadIdsAre400() {
        answer(Map.of("itemId", java.util.UUID.randomUUID().toString(), "response", Map.of("choice", "b"),
                "responseTimeMillis", 10)).statusCode(404).contentType(PROBLEM);
        as(token).get("/api/sessions/" + java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        as(token).get("/api/sessions/nope").then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("id"));
        as(token).get("/api/questions/nope").then().statusCode(400).contentType(PROBLEM);
        as(token).body(Map.of("kind", "ASTROLOGY")).post("/api/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("kind"));
        as(token).header("Idempotency-Key", "x".repeat(300))
                .body(Map.of("itemId", item, "response", Map.of("choice", "b"), "responseTimeMillis", 10))
                .post("/api/sessions/" + session + "/answers").then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    /**
     * Text and numbers the API cannot store: each used to pass validation and fail later with a 500 (a sort over a
     * list holding null, NUL into jsonb or text, an infinite number into jsonb).
     */
    @Test
    void hostileTextAndNumbersAre400NamingTheField() {
        String path = "/api/sessions/" + session + "/answers";
        as(token).body("{\"itemId\":\"" + item + "\",\"response\":{\"choices\":[null,\"a\"]},\"responseTimeMillis\":1000}")
                .post(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("response.choices[0]"));
        as(token).body("{\"itemId\":\"" + item + "\",\"response\":{\"text\":\"a\\u0000\"},\"responseTimeMillis\":1000}")
                .post(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("response.text"));
        as(token).body("{\"itemId\":\"" + item + "\",\"response\":{\"text\":\"\\ud800x\"},\"responseTimeMillis\":1000}")
                .post(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("response.text"));
        as(token).body("{\"itemId\":\"" + item + "\",\"response\":{\"value\":1e400},\"responseTimeMillis\":1000}")
                .post(path).then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("response.value"));
        as(token).body("{\"itemId\":\"" + item + "\",\"itemId\":\"" + item + "\",\"response\":{\"choice\":\"b\"},\"responseTimeMillis\":1}")
                .post(path).then().statusCode(400).contentType(PROBLEM);
        as(token).body("[".repeat(5000) + "]".repeat(5000)).post(path).then().statusCode(400).contentType(PROBLEM);
        String batch = "{\"answers\":[{\"learnerId\":\"l\\u0000x\",\"itemId\":\"" + item
                + "\",\"response\":{\"choice\":\"b\"},\"responseTimeMillis\":10,\"answeredAt\":\"2026-01-01T00:00:00Z\"}]}";
        as(TestTokens.integration()).body(batch).post("/api/integrations/answers").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("answers[0].learnerId"));
        as(TestTokens.integration()).urlEncodingEnabled(false).get("/api/learners/a%00b/attempts").then().statusCode(400)
                .contentType(PROBLEM);
        as(TestTokens.integration()).urlEncodingEnabled(false).get("/api/learners/a%ED%A0%80/attempts").then()
                .statusCode(400).contentType(PROBLEM);
        as(token).urlEncodingEnabled(false).get("/api/sessions?page=%00").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page"));
        org.assertj.core.api.Assertions.assertThat(
                count("select count(*) from attempt where learner_id = ?", TestTokens.subjectOf(learner))).isZero();
        org.assertj.core.api.Assertions.assertThat(count("select count(*) from attempt where learner_id like 'l%x'")).isZero();
    }

    @Test
    void oversizedBodiesAndBatchesAreRefused() {
        as(token).body("{\"pad\":\"" + "x".repeat(1_200_000) + "\"}").post("/api/sessions/" + session + "/answers")
                .then().statusCode(413).contentType(PROBLEM);
        Map<String, Object> one = Map.of("learnerId", "l", "itemId", item, "response", Map.of("choice", "b"),
                "responseTimeMillis", 10, "answeredAt", "2026-01-01T00:00:00Z");
        as(TestTokens.integration()).body(Map.of("answers", java.util.Collections.nCopies(501, one)))
                .post("/api/integrations/answers").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("answers"));
        as(TestTokens.integration()).body(Map.of("answers", List.of())).post("/api/integrations/answers").then()
                .statusCode(400).contentType(PROBLEM);
    }

    /** Bearer values that are not JWTs at all made quarkus-oidc fail while taking them apart: a 500. */
    @Test
    void bearerValuesThatAreNotJwtsAre401() {
        for (String value : List.of("abc", "a.b", "...", "a..b", "a.b.c.d", "a.b.c\u0000", "é.é.é")) {
            io.restassured.RestAssured.given().header("Authorization", "Bearer " + value).get("/api/sessions").then()
                    .statusCode(401).contentType(PROBLEM);
        }
    }

    @Test
    void anonymousAndUnprivilegedCallersAreRefused() {
        as(null).get("/api/sessions").then().statusCode(401).contentType(PROBLEM);
        as(null).get("/api/questions/" + item).then().statusCode(401);
        as(TestTokens.user(unique("x"), "learner").expired().sign()).get("/api/sessions").then().statusCode(401);
        as(TestTokens.user(unique("x"), "learner").signedByForeignKey().sign()).get("/api/sessions").then().statusCode(401);
        as(token).get("/api/items").then().statusCode(403).contentType(PROBLEM);
        as(token).body(singleChoice("x", "a")).post("/api/items").then().statusCode(403);
        as(TestTokens.integration()).post("/api/items/" + item + "/retire").then().statusCode(403);
        as(TestTokens.user("only-author", "author").sign()).body(Map.of("kind", "PRACTICE")).post("/api/sessions").then()
                .statusCode(403);
    }
}
