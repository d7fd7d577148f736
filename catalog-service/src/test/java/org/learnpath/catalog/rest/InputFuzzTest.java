package org.learnpath.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.catalog.TestData.asAuthor;
import static org.learnpath.catalog.TestData.asLearner;
import static org.learnpath.catalog.TestData.goal;
import static org.learnpath.catalog.TestData.module;
import static org.learnpath.catalog.TestData.skill;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.InputFuzzer;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * Hostile input on every operation of the catalog API, with every role's token: never a 5xx, and every refusal
 * a problem document. Writes are aimed only at a module, skill and goal made here for it; seeded ones are read.
 */
@QuarkusTest
@LearnPathTestResources
class InputFuzzTest {

    private static final int REQUESTS_PER_OPERATION = 200;

    @Test
    void everyOperationAnswersHostileInputWithAProblemDocument() {
        String ownSkill = key(new Random());
        String ownModule = key(new Random());
        String ownGoal = key(new Random());
        asAuthor().body(skill(ownSkill)).post("/api/skills").then().statusCode(201);
        asAuthor().body(module(ownModule, List.of(ownSkill), List.of("python-for-data-analysis"))).post("/api/modules")
                .then().statusCode(201);
        asAuthor().body(goal(ownGoal, List.of("linear-regression"))).post("/api/goals").then().statusCode(201);

        InputFuzzer.Result result = InputFuzzer.forModule("catalog-service")
                .requestsPerOperation(REQUESTS_PER_OPERATION)
                .ownedValues("/api/skills/{code}", ownSkill)
                .ownedValues("/api/modules/{slug}", ownModule)
                .ownedValues("/api/goals/{slug}", ownGoal)
                // New keys for creations; they sort after the seeded ones other tests page through.
                .values("slug", InputFuzzTest::key)
                .values("code", InputFuzzTest::key)
                .values("skills", "eda-workflow", "decision-trees", "linear-regression", ownSkill)
                .values("prerequisites", "python-for-data-analysis", "linear-regression", "decision-trees")
                .values("modules", "linear-regression", "decision-trees", ownModule)
                .values("skill", "decision-trees", "eda-workflow")
                .values("area", "DATA_ANALYSIS", "MACHINE_LEARNING")
                .values("level", "BEGINNER", "advanced")
                .values("transitive", "true", "false")
                .values("page", "0", "1")
                .values("size", "1", "20")
                .values("q", "regression", "tree")
                .run();

        assertThat(result.requestsPerOperation()).isNotEmpty()
                .allSatisfy((operation, count) -> assertThat(count).as(operation).isGreaterThanOrEqualTo(REQUESTS_PER_OPERATION));
        result.assertClean();
    }

    /** Found by the fuzzer: a failed If-Match on a read used to be answered with an empty 412. */
    @Test
    void aReadWhosePreconditionFailsIsAProblemDocument() {
        asLearner().header("If-Match", "\"999999\"").get("/api/modules/linear-regression").then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412))
                .body("type", equalTo("urn:learnpath:problem:precondition-failed"));
        asLearner().header("If-Match", "*").get("/api/skills/linear-regression").then().statusCode(200);
    }

    private static String key(Random random) {
        return "zz-fuzz-" + Long.toString(Math.abs(random.nextLong()) % 1_000_000_000_000L, 36);
    }
}
