package org.learnpath.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogModule;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.numeric;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.serve;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.answer.AnswerTopic;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;
import org.learnpath.testinfra.TopicReader;

@QuarkusTest
@LearnPathTestResources
class AnsweringTest {

    private static String startSession(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/sessions").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLearnerAnswersASessionAndEachAnswerBecomesExactlyOneEvent() throws Exception {
        String skill = unique("precision");
        catalogSkills(skill);
        String choiceItem = publishedItem(singleChoice(skill, "b"));
        String numericItem = publishedItem(numeric(skill, 0.8, 0.005));
        String learner = unique("learner");
        String token = TestTokens.learner(learner);

        String session = startSession(token, Map.of("kind", "SKILL", "target", skill, "items", 2));
        String first = as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(200)
                .body("answer", org.hamcrest.Matchers.nullValue()).extract().path("id");
        assertThat(List.of(choiceItem, numericItem)).contains(first);
        serve(token, session, choiceItem);

        JsonPath right = as(token).header("Idempotency-Key", "k-1")
                .body(Map.of("itemId", choiceItem, "response", Map.of("choice", "b"), "responseTimeMillis", 4200))
                .post("/api/sessions/" + session + "/answers").then().statusCode(200)
                .body("correct", equalTo(true)).body("score", equalTo(1.0f))
                .body("explanation", notNullValue()).body("correctAnswer.choice", equalTo("b"))
                .body("attemptNumber", equalTo(1)).body("sessionCompleted", equalTo(false))
                .extract().jsonPath();
        as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(200).body("id", equalTo(numericItem));
        as(token).body(Map.of("itemId", numericItem, "response", Map.of("value", 0.5), "responseTimeMillis", 9000))
                .post("/api/sessions/" + session + "/answers").then().statusCode(200)
                .body("correct", equalTo(false)).body("score", equalTo(0.0f)).body("sessionCompleted", equalTo(true));
        as(token).get("/api/sessions/" + session).then().body("status", equalTo("COMPLETED"));
        as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(204);
        as(token).body(Map.of("itemId", numericItem, "response", Map.of("value", 0.8), "responseTimeMillis", 1))
                .post("/api/sessions/" + session + "/answers").then().statusCode(409);

        String subject = TestTokens.subjectOf(learner);
        List<ConsumerRecord<String, String>> events = awaitEvents(subject, 2);
        assertThat(events).hasSize(2);
        JsonSchema schema = schema();
        for (ConsumerRecord<String, String> record : events) {
            assertThat(record.key()).isEqualTo(subject);
            assertThat(schema.validate(EventJson.mapper().readTree(record.value()))).isEmpty();
            AnswerEvent event = EventJson.read(record.value(), AnswerEvent.class);
            assertThat(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                    .isEqualTo(event.eventId().toString());
            assertThat(event.learnerId()).isEqualTo(subject);
            assertThat(event.skillCodes()).containsExactly(skill);
            assertThat(event.sessionId()).hasToString(session);
            assertThat(event.source()).isEqualTo(AnswerEvent.Source.LEARNER);
            // Time-ordered ids keep the attempt and answer indexes (here and in the recommender) appending.
            assertThat(event.eventId().version()).isEqualTo(7);
            assertThat(event.attemptId().version()).isEqualTo(7);
        }
        AnswerEvent firstEvent = EventJson.read(events.get(0).value(), AnswerEvent.class);
        assertThat(firstEvent.itemId()).hasToString(choiceItem);
        assertThat(firstEvent.correct()).isTrue();
        assertThat(firstEvent.responseTimeMillis()).isEqualTo(4200);
        assertThat(firstEvent.attemptId()).hasToString(right.getString("attemptId"));
        // The guessing floor of each item's format: one key among four options; a number typed in.
        assertThat(firstEvent.guessFloor()).isEqualTo(0.25);
        assertThat(EventJson.read(events.get(1).value(), AnswerEvent.class).guessFloor()).isEqualTo(0.0);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameResultAndStoresNothingTwice() {
        String skill = unique("retry");
        catalogSkills(skill);
        String item = publishedItem(singleChoice(skill, "b"));
        String learner = unique("retrier");
        String token = TestTokens.learner(learner);
        String session = startSession(token, Map.of("kind", "SKILL", "target", skill, "items", 3));
        Map<String, Object> body = Map.of("itemId", item, "response", Map.of("choice", "c"), "responseTimeMillis", 5000);

        serve(token, session, item);
        String attempt = as(token).header("Idempotency-Key", "same-key").body(body).post("/api/sessions/" + session + "/answers")
                .then().statusCode(200).body("correct", equalTo(false)).extract().path("attemptId");
        for (int i = 0; i < 3; i++) {
            as(token).header("Idempotency-Key", "same-key").body(body).post("/api/sessions/" + session + "/answers")
                    .then().statusCode(200).body("attemptId", equalTo(attempt)).body("correct", equalTo(false));
        }
        as(token).header("Idempotency-Key", "same-key")
                .body(Map.of("itemId", item, "response", Map.of("choice", "b"), "responseTimeMillis", 5000))
                .post("/api/sessions/" + session + "/answers").then().statusCode(422);
        String subject = TestTokens.subjectOf(learner);
        assertThat(count("select count(*) from attempt where learner_id = ?", subject)).isEqualTo(1);
        assertThat(awaitEvents(subject, 1)).hasSize(1);
    }

    /**
     * A session takes an answer only to the item it put in front of its learner, once: not any item of the bank, not
     * the same item again in the same session, and an item's key comes back only with the answer to that served item.
     */
    @Test
    void aSessionTakesAnAnswerOnlyToTheItemItServed() {
        String skill = unique("served");
        String other = unique("elsewhere");
        catalogSkills(skill, other);
        String a = publishedItem(singleChoice(skill, "b"));
        String b = publishedItem(singleChoice(skill, "b"));
        String foreign = publishedItem(singleChoice(other, "b"));
        String learner = unique("served-learner");
        String token = TestTokens.learner(learner);
        String session = startSession(token, Map.of("kind", "SKILL", "target", skill, "items", 5));
        Map<String, Object> right = Map.of("response", Map.of("choice", "b"), "responseTimeMillis", 3000);

        // Nothing served yet: no item is taken, and no key is shown.
        answerIn(token, session, a, right).statusCode(409).contentType("application/problem+json")
                .body("correctAnswer", org.hamcrest.Matchers.nullValue());
        String served = as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(200)
                .extract().path("id");
        // A reload shows the same question.
        as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(200).body("id", equalTo(served));
        String notServed = served.equals(a) ? b : a;
        answerIn(token, session, notServed, right).statusCode(409);
        answerIn(token, session, served, right).statusCode(200).body("correctAnswer.choice", equalTo("b"));
        // Answered: not again in this session, served or not.
        answerIn(token, session, served, right).statusCode(409);
        as(token).get("/api/sessions/" + session + "/next-item?itemId=" + served).then().statusCode(409);
        // The recommender's item can be asked for, within the session's skills only.
        as(token).get("/api/sessions/" + session + "/next-item?itemId=" + foreign).then().statusCode(400)
                .body("errors[0].field", equalTo("itemId"));
        as(token).get("/api/sessions/" + session + "/next-item?itemId=" + java.util.UUID.randomUUID()).then()
                .statusCode(404);
        serve(token, session, notServed);
        answerIn(token, session, notServed, right).statusCode(200);

        // A practice session without skills is no way around it.
        String practice = startSession(token, Map.of("kind", "PRACTICE"));
        answerIn(token, practice, foreign, right).statusCode(409);
        assertThat(count("select count(*) from attempt where learner_id = ?", TestTokens.subjectOf(learner))).isEqualTo(2);
    }

    private static io.restassured.response.ValidatableResponse answerIn(String token, String session, String item,
            Map<String, Object> answer) {
        Map<String, Object> body = new java.util.HashMap<>(answer);
        body.put("itemId", item);
        return as(token).body(body).post("/api/sessions/" + session + "/answers").then();
    }

    @Test
    void learnersSeeOnlyTheirOwnSessions() {
        String skill = unique("owned");
        catalogSkills(skill);
        String item = publishedItem(singleChoice(skill, "a"));
        String alice = TestTokens.learner(unique("alice"));
        String bob = TestTokens.learner(unique("bob"));
        String session = startSession(alice, Map.of("kind", "SKILL", "target", skill));
        for (String path : List.of("", "/next-item", "/attempts")) {
            as(bob).get("/api/sessions/" + session + path).then().statusCode(404).contentType("application/problem+json");
        }
        as(bob).body(Map.of("itemId", item, "response", Map.of("choice", "a"), "responseTimeMillis", 10))
                .post("/api/sessions/" + session + "/answers").then().statusCode(404);
        as(bob).get("/api/sessions").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(session)));
        as(alice).get("/api/sessions").then().statusCode(200).body("id", hasItem(session));
        as(TestTokens.integration()).get("/api/sessions/" + session).then().statusCode(403);
    }

    @Test
    void learnersReadTheirOwnAnswersNewestFirst() {
        String skill = unique("history");
        catalogSkills(skill);
        String first = publishedItem(singleChoice(skill, "a"));
        String second = publishedItem(singleChoice(skill, "b"));
        String aliceName = unique("alice");
        String alice = TestTokens.learner(aliceName);
        String bob = TestTokens.learner(unique("bob"));
        String session = startSession(alice, Map.of("kind", "SKILL", "target", skill, "items", 2));
        serve(alice, session, first);
        answerIn(alice, session, first, Map.of("response", Map.of("choice", "a"), "responseTimeMillis", 10))
                .statusCode(200);
        serve(alice, session, second);
        answerIn(alice, session, second, Map.of("response", Map.of("choice", "a"), "responseTimeMillis", 10))
                .statusCode(200);
        String bobs = startSession(bob, Map.of("kind", "SKILL", "target", skill, "items", 1));
        serve(bob, bobs, first);
        answerIn(bob, bobs, first, Map.of("response", Map.of("choice", "a"), "responseTimeMillis", 10))
                .statusCode(200);

        JsonPath mine = as(alice).get("/api/learners/me/attempts").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getList("itemId")).containsExactly(second, first);
        assertThat(mine.getList("correct")).containsExactly(false, true);
        assertThat(mine.getList("learnerId")).containsOnly(TestTokens.subjectOf(aliceName));
        assertThat(mine.getList("sessionId")).containsOnly(session);
        as(alice).get("/api/learners/me/attempts?size=1").then().statusCode(200)
                .body("itemId", org.hamcrest.Matchers.contains(second));
        as(alice).get("/api/learners/me/attempts?page=1&size=1").then().statusCode(200)
                .body("itemId", org.hamcrest.Matchers.contains(first));
        as(alice).get("/api/learners/me/attempts?page=2&size=1").then().statusCode(200).body("size()", equalTo(0));
        as(bob).get("/api/learners/me/attempts").then().statusCode(200).body("sessionId", org.hamcrest.Matchers
                .contains(bobs));

        as(alice).get("/api/learners/me/attempts?size=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        as(TestTokens.user(unique("author-only"), "author").sign()).get("/api/learners/me/attempts").then()
                .statusCode(403).contentType("application/problem+json");
        as(TestTokens.integration()).get("/api/learners/me/attempts").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/learners/me/attempts").then().statusCode(401);
    }

    @Test
    void moduleSessionsUseTheModulesSkillsFromTheCatalogCopy() {
        String skill = unique("module-skill");
        String module = unique("module");
        catalogSkills(skill);
        catalogModule(module, skill);
        String item = publishedItem(singleChoice(skill, "d"));
        String token = TestTokens.learner(unique("m"));
        String session = as(token).body(Map.of("kind", "MODULE", "target", module)).post("/api/sessions").then()
                .statusCode(201).body("skills", hasItem(skill)).extract().path("id");
        as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(200).body("id", equalTo(item));
        as(token).body(Map.of("kind", "MODULE", "target", "no-such-module")).post("/api/sessions").then().statusCode(404);
        as(token).body(Map.of("kind", "SKILL")).post("/api/sessions").then().statusCode(400);
    }

    @Test
    void integrationsRecordBatchesAtTheirOriginalTimeAllOrNothing() {
        String skill = unique("batch");
        catalogSkills(skill);
        String item = publishedItem(numeric(skill, 0.8, 0.005));
        String learner = TestTokens.subjectOf(unique("synced"));
        Instant answeredAt = Instant.parse("2026-10-01T09:30:00Z");
        String integration = TestTokens.integration();

        Map<String, Object> good = Map.of("learnerId", learner, "itemId", item, "response", Map.of("value", 0.8),
                "responseTimeMillis", 30000, "answeredAt", answeredAt.toString());
        Map<String, Object> bad = Map.of("learnerId", learner, "itemId", item, "response", Map.of("choice", "a"),
                "responseTimeMillis", 30000, "answeredAt", answeredAt.toString());
        as(integration).body(Map.of("answers", List.of(good, bad))).post("/api/integrations/answers").then()
                .statusCode(400).body("errors.field", hasItem("answers[1].response"));
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isZero();

        Map<String, Object> future = new java.util.HashMap<>(good);
        future.put("answeredAt", Instant.now().plus(Duration.ofDays(1)).toString());
        as(integration).body(Map.of("answers", List.of(future))).post("/api/integrations/answers").then().statusCode(400);

        as(integration).header("Idempotency-Key", "batch-1").body(Map.of("answers", List.of(good, good)))
                .post("/api/integrations/answers").then().statusCode(200)
                .body("results.correct", org.hamcrest.Matchers.contains(true, true))
                .body("results.attemptNumber", org.hamcrest.Matchers.contains(1, 2));
        as(integration).header("Idempotency-Key", "batch-1").body(Map.of("answers", List.of(good, good)))
                .post("/api/integrations/answers").then().statusCode(200);
        assertThat(count("select count(*) from attempt where learner_id = ?", learner)).isEqualTo(2);

        List<ConsumerRecord<String, String>> events = awaitEvents(learner, 2);
        assertThat(events).hasSize(2).allSatisfy(r -> {
            AnswerEvent e = EventJson.read(r.value(), AnswerEvent.class);
            assertThat(e.answeredAt()).isEqualTo(answeredAt);
            assertThat(e.source()).isEqualTo(AnswerEvent.Source.INTEGRATION);
            assertThat(e.sessionId()).isNull();
        });
        as(integration).get("/api/learners/" + learner + "/attempts").then().statusCode(200)
                .body("size()", equalTo(2));
        as(TestTokens.learner("alice")).get("/api/learners/" + learner + "/attempts").then().statusCode(403);
        as(TestTokens.learner("alice")).body(Map.of("answers", List.of(good))).post("/api/integrations/answers").then()
                .statusCode(403);
    }

    @Test
    void authorsReadAggregatesNotIndividualAnswers() {
        String skill = unique("report");
        catalogSkills(skill);
        String item = publishedItem(singleChoice(skill, "b"));
        String token = TestTokens.learner(unique("r"));
        String session = startSession(token, Map.of("kind", "SKILL", "target", skill));
        serve(token, session, item);
        as(token).body(Map.of("itemId", item, "response", Map.of("choice", "b"), "responseTimeMillis", 2000))
                .post("/api/sessions/" + session + "/answers").then().statusCode(200);
        as(TestTokens.author("ada")).get("/api/reports/items/" + item).then().statusCode(200)
                .body("attempts", equalTo(1)).body("shareCorrect", equalTo(1.0f));
        as(TestTokens.author("ada")).get("/api/reports/skills").then().statusCode(200).body("skill", hasItem(skill));
        as(token).get("/api/reports/skills").then().statusCode(403);
    }

    static List<ConsumerRecord<String, String>> awaitEvents(String learner, int expected) {
        List<ConsumerRecord<String, String>> events = Awaitility.await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> TopicReader.readAll(AnswerTopic.NAME).stream().filter(r -> learner.equals(r.key())).toList(),
                        list -> list.size() >= expected);
        // Give a duplicate the chance to show up before counting.
        Awaitility.await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        return TopicReader.readAll(AnswerTopic.NAME).stream().filter(r -> learner.equals(r.key())).toList();
    }

    static JsonSchema schema() throws Exception {
        try (InputStream in = AnswerEvent.class.getResourceAsStream(AnswerEvent.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

}
