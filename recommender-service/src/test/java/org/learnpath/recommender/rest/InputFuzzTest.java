package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.Api;
import org.learnpath.testinfra.InputFuzzer;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * Hostile input on every operation of the recommender API, with every role's token: never a 5xx, and every refusal
 * a problem document. Goals are only chosen for the fuzzer's own learners, from a curriculum of its own.
 */
@QuarkusTest
@LearnPathTestResources
class InputFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 200;

    @Test
    void everyOperationAnswersHostileInputWithAProblemDocument() {
        Fixtures.answerTopic();
        Curriculum curriculum = Fixtures.curriculum(Api.unique("zz-fuzz"));
        String otherLearner = Api.unique("zz-fuzz-learner");
        // Reads of the goal come before any fuzzed choice of one: without this they would all be 404s.
        // The service's in-memory catalog takes up to a second to see the new goal.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> Api.as(TestTokens.learner(InputFuzzer.USER)).body(Map.of("goalSlug", curriculum.goal()))
                        .put("/api/learners/me/goal").statusCode() == 200);

        InputFuzzer.Result result = InputFuzzer.forModule("recommender-service")
                .requestsPerOperation(REQUESTS_PER_OPERATION)
                .ownedValues("learnerId", "me", otherLearner)
                .values("learnerId", TestTokens.subjectOf(InputFuzzer.USER))
                .values("goalSlug", curriculum.goal())
                .values("goal", curriculum.goal())
                .run();

        assertThat(result.requestsPerOperation()).isNotEmpty()
                .allSatisfy((operation, count) -> assertThat(count).as(operation).isGreaterThanOrEqualTo(REQUESTS_PER_OPERATION));
        result.assertClean();
    }
}
