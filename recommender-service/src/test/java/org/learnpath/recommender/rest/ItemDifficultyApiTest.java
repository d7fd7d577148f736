package org.learnpath.recommender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.admin;
import static org.learnpath.testinfra.TestTokens.author;
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
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.LearnPathTestResources;

/** An item's learned difficulty: the author's prior until answers arrive, then what the answers say; authors only. */
@QuarkusTest
@LearnPathTestResources
class ItemDifficultyApiTest {

    @Test
    void authorsSeeTheDifficultyTheAnswersTaught() {
        Fixtures.answerTopic();
        Curriculum curriculum = Fixtures.curriculum("dif" + UUID.randomUUID().toString().substring(0, 6));
        String skill = curriculum.skills().get(0);
        UUID item = curriculum.items().get(skill).get(2); // published with prior difficulty 1
        String path = "/api/item-difficulties/" + item;

        // Received from the item bank, never answered: the author's prior, on no answers.
        as(author("ada")).get(path).then().statusCode(200).body("itemId", equalTo(item.toString()))
                .body("difficulty", equalTo(1.0f)).body("answers", equalTo(0));

        String learnerId = subjectOf("dif-" + UUID.randomUUID());
        List<AnswerEvent> answers = new ArrayList<>();
        Instant t = Instant.now().minusSeconds(60);
        for (int i = 0; i < 3; i++) {
            answers.add(answer(learnerId, item, skill, true, t.plusSeconds(i)));
        }
        Fixtures.sendAnswers(answers);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> as(author("ada")).get(path).jsonPath().getInt("answers") == 3);
        // Every answer was right, more than the model expected: the item is easier than its starting point (the
        // answers' prior, 0).
        JsonPath learned = as(admin("grace")).get(path).then().statusCode(200).extract().jsonPath();
        assertThat(learned.getDouble("difficulty")).isLessThan(0.0);
        assertThat(learned.getInt("answers")).isEqualTo(3);
    }

    @Test
    void unknownAndMalformedIdsAreProblems() {
        as(author("ada")).get("/api/item-difficulties/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(author("ada")).get("/api/item-difficulties/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("itemId"));
    }

    @Test
    void onlyAuthorsAndAdminsMayAsk() {
        String path = "/api/item-difficulties/" + UUID.randomUUID();
        // Each role on its own: author alone, admin alone (the demo users hold several).
        as(user("ada", "author").sign()).get(path).then().statusCode(404);
        as(user("root", "admin").sign()).get(path).then().statusCode(404);
        as(learner("alice")).get(path).then().statusCode(403).contentType("application/problem+json");
        as(integration()).get(path).then().statusCode(403).contentType("application/problem+json");
        given().get(path).then().statusCode(401).contentType("application/problem+json");
    }
}
