package org.learnpath.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.serve;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import com.networknt.schema.JsonSchema;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * A PLACEMENT session (issue 27): for a goal, at most 20 items, any published item the recommender's placement names;
 * its answers are stored and published with purpose PLACEMENT, while other sessions' answers carry none.
 */
@QuarkusTest
@LearnPathTestResources
class PlacementSessionTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPlacementSessionServesAnyItemTheRecommenderNamesAndItsAnswersCarryThePurpose() throws Exception {
        String basics = unique("placed-basics");
        String advanced = unique("placed-advanced");
        catalogSkills(basics, advanced);
        String basicItem = publishedItem(singleChoice(basics, "b"));
        String advancedItem = publishedItem(singleChoice(advanced, "b"));
        String practiceItem = publishedItem(singleChoice(basics, "b"));
        String learner = unique("placed");
        String token = TestTokens.learner(learner);

        String session = as(token).body(Map.of("kind", "PLACEMENT", "target", "data-analyst", "items", 2))
                .post("/api/sessions").then().statusCode(201)
                .body("kind", equalTo("PLACEMENT")).body("target", equalTo("data-analyst"))
                .body("skills", equalTo(List.of())).body("plannedItems", equalTo(2))
                .extract().path("id");
        // The placement names the items: the session has no staircase of its own.
        as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(409).contentType(PROBLEM);
        serve(token, session, basicItem);
        // Until it is answered, the served item comes back.
        as(token).get("/api/sessions/" + session + "/next-item").then().statusCode(200).body("id", equalTo(basicItem));
        answer(token, session, basicItem, "b").body("correct", equalTo(true)).body("sessionCompleted", equalTo(false));
        serve(token, session, advancedItem);
        answer(token, session, advancedItem, "a").body("correct", equalTo(false)).body("sessionCompleted", equalTo(true));

        String practice = as(token).body(Map.of("kind", "SKILL", "target", basics, "items", 1)).post("/api/sessions")
                .then().statusCode(201).extract().path("id");
        serve(token, practice, practiceItem);
        answer(token, practice, practiceItem, "b").body("correct", equalTo(true));

        String subject = TestTokens.subjectOf(learner);
        assertThat(count("select count(*) from attempt where learner_id = ? and purpose = 'PLACEMENT'", subject))
                .isEqualTo(2);
        assertThat(count("select count(*) from attempt where learner_id = ? and purpose is null", subject))
                .isEqualTo(1);
        List<ConsumerRecord<String, String>> events = AnsweringTest.awaitEvents(subject, 3);
        assertThat(events).hasSize(3);
        JsonSchema schema = AnsweringTest.schema();
        for (ConsumerRecord<String, String> record : events) {
            assertThat(schema.validate(EventJson.mapper().readTree(record.value()))).isEmpty();
            AnswerEvent event = EventJson.read(record.value(), AnswerEvent.class);
            if (event.sessionId().equals(UUID.fromString(session))) {
                assertThat(event.purpose()).as(record.value()).isEqualTo(AnswerEvent.Purpose.PLACEMENT);
                assertThat(EventJson.mapper().readTree(record.value()).get("purpose").textValue())
                        .isEqualTo("PLACEMENT");
            } else {
                assertThat(event.purpose()).as(record.value()).isNull();
                assertThat(EventJson.mapper().readTree(record.value()).has("purpose")).isFalse();
            }
        }
        assertThat(events.stream().map(r -> EventJson.read(r.value(), AnswerEvent.class).itemId().toString()))
                .containsExactly(basicItem, advancedItem, practiceItem);
        // The learner's own history reads the same attempts back.
        as(token).get("/api/sessions/" + session + "/attempts").then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aPlacementSessionNeedsAGoalAndAtMostTwentyItemsAndAsksTwentyByDefault() {
        String token = TestTokens.learner(unique("placing"));
        as(token).body(Map.of("kind", "PLACEMENT")).post("/api/sessions").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("target"));
        as(token).body(Map.of("kind", "PLACEMENT", "target", " ")).post("/api/sessions").then().statusCode(400)
                .contentType(PROBLEM);
        as(token).body(Map.of("kind", "PLACEMENT", "target", "data-analyst", "items", 21)).post("/api/sessions")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("items"));
        as(token).body(Map.of("kind", "PLACEMENT", "target", "data-analyst", "items", 0)).post("/api/sessions")
                .then().statusCode(400).contentType(PROBLEM);
        as(token).body(Map.of("kind", "PLACEMENT", "target", "data-analyst", "items", 20)).post("/api/sessions")
                .then().statusCode(201).body("plannedItems", equalTo(20));
        as(token).body(Map.of("kind", "PLACEMENT", "target", "data-analyst")).post("/api/sessions")
                .then().statusCode(201).body("plannedItems", equalTo(20));
        // Other kinds keep their own limits.
        String skill = unique("practised");
        catalogSkills(skill);
        publishedItem(singleChoice(skill, "b"));
        as(token).body(Map.of("kind", "SKILL", "target", skill, "items", 30)).post("/api/sessions").then()
                .statusCode(201).body("plannedItems", equalTo(30));
    }

    private static io.restassured.response.ValidatableResponse answer(String token, String session, String item,
            String choice) {
        return as(token).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("itemId", item, "response", Map.of("choice", choice), "responseTimeMillis", 3000))
                .post("/api/sessions/" + session + "/answers").then().statusCode(200);
    }
}
