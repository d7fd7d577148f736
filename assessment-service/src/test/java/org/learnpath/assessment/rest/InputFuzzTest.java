package org.learnpath.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogModule;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.numeric;
import static org.learnpath.assessment.Fixtures.publishedItem;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.InputFuzzer;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * Hostile input on every operation of the assessment API, with every role's token: never a 5xx, and every refusal
 * a problem document. Everything the fuzzer may change (items, a session, answers) belongs to a skill of its own,
 * so that no other test's items, sessions or counts move.
 */
@QuarkusTest
@LearnPathTestResources
class InputFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 200;

    @Test
    void everyOperationAnswersHostileInputWithAProblemDocument() {
        String skill = unique("zz-fuzz-skill");
        String module = unique("zz-fuzz-module");
        catalogSkills(skill);
        catalogModule(module, skill);
        Map<String, Object> choiceBody = singleChoice(skill, "b");
        Map<String, Object> numericBody = numeric(skill, 0.8, 0.01);
        String choiceItem = publishedItem(choiceBody);
        String numericItem = publishedItem(numeric(skill, 0.8, 0.01));
        String author = TestTokens.author(InputFuzzer.USER);
        // Publishing and retiring run before replacing: each gets a draft of its own.
        String draft = as(author).body(choiceBody).post("/api/items").then().statusCode(201).extract().path("id");
        String editable = as(author).body(numericBody).post("/api/items").then().statusCode(201).extract().path("id");
        String learner = TestTokens.learner(InputFuzzer.USER);
        String session = as(learner).body(Map.of("kind", "SKILL", "target", skill, "items", 50)).post("/api/sessions")
                .then().statusCode(201).extract().path("id");
        String served = as(learner).get("/api/sessions/" + session + "/next-item").then().statusCode(200)
                .extract().path("id");

        Map<String, Object> answer = Map.of("itemId", served,
                "response", served.equals(choiceItem) ? Map.of("choice", "a") : Map.of("value", 0.5),
                "responseTimeMillis", 4000);
        Map<String, Object> external = Map.of("learnerId", "zz-fuzz-learner", "itemId", numericItem,
                "response", Map.of("value", 0.8), "responseTimeMillis", 5000, "answeredAt", Instant.now().minusSeconds(60).toString());

        InputFuzzer.Result result = InputFuzzer.forModule("assessment-service")
                .requestsPerOperation(REQUESTS_PER_OPERATION)
                .ownedValues("/api/sessions/{id}", session)
                .ownedValues("/api/items/{id}", draft)
                .ownedValues("PUT /api/items/{id}", editable)
                .values("id", choiceItem, numericItem)
                .values("itemId", choiceItem, numericItem)
                .values("skills", skill)
                .values("skill", skill)
                .values("target", skill, module)
                .values("learnerId", "zz-fuzz-learner", TestTokens.subjectOf(InputFuzzer.USER))
                .values("status", "PUBLISHED", "draft")
                .values("page", "0", "1")
                .values("size", "1", "20")
                .example("POST /api/items", choiceBody)
                .example("POST /api/items", numericBody)
                .example("PUT /api/items/{id}", numericBody)
                .example("POST /api/sessions", Map.of("kind", "SKILL", "target", skill, "items", 3))
                .example("POST /api/sessions", Map.of("kind", "PRACTICE", "skills", List.of(skill)))
                .example("POST /api/sessions/{id}/answers", answer)
                .example("POST /api/integrations/answers", Map.of("answers", List.of(external)))
                .run();

        assertThat(result.requestsPerOperation()).isNotEmpty()
                .allSatisfy((operation, count) -> assertThat(count).as(operation).isGreaterThanOrEqualTo(REQUESTS_PER_OPERATION));
        result.assertClean();
    }
}
