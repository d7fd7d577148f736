package org.learnpath.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.learnpath.catalog.TestData.asAdmin;
import static org.learnpath.catalog.TestData.asAuthor;
import static org.learnpath.catalog.TestData.asLearner;
import static org.learnpath.catalog.TestData.module;
import static org.learnpath.catalog.TestData.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.Management;
import org.learnpath.testinfra.PostgresResource;

@QuarkusTest
@LearnPathTestResources
class CatalogApiTest {

    @Test
    void seededCatalogCoversTheTopicMap() {
        JsonPath skills = asLearner().get("/api/skills?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(skills.getInt("total")).isGreaterThanOrEqualTo(40);
        JsonPath modules = asLearner().get("/api/modules?size=100").then().statusCode(200).extract().jsonPath();
        assertThat(modules.getInt("total")).isGreaterThanOrEqualTo(25);
        List<String> codes = skills.getList("items.code");
        assertThat(codes).contains("missing-values", "linear-regression", "logistic-regression", "decision-trees",
                "random-forests", "support-vector-machines", "k-nearest-neighbors", "k-means-clustering");
        asLearner().get("/api/goals").then().statusCode(200).body("size()", greaterThanOrEqualTo(3));
    }

    @Test
    void searchFiltersByAreaLevelSkillAndTextAndPaginates() {
        asLearner().get("/api/modules?area=DATA_ANALYSIS&size=100").then().statusCode(200)
                .body("items.area", everyItem(equalTo("DATA_ANALYSIS"))).body("items", not(empty()));
        asLearner().get("/api/modules?level=advanced&size=100").then().statusCode(200)
                .body("items.level", everyItem(equalTo("ADVANCED"))).body("items", not(empty()));
        asLearner().get("/api/modules?skill=decision-trees").then().statusCode(200)
                .body("items.slug", hasItem("decision-trees"))
                .body("items.skills", everyItem(hasItem("decision-trees")));
        asLearner().get("/api/modules?q=REGRESSION").then().statusCode(200)
                .body("items.slug", hasItem("linear-regression"));
        asLearner().get("/api/modules?q=no-such-words-anywhere").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        // A % typed by a user is a literal character, not a wildcard.
        asLearner().get("/api/modules?q=%25%25%25").then().statusCode(200).body("total", equalTo(0));

        JsonPath first = asLearner().get("/api/modules?size=5&page=0").then().statusCode(200).extract().jsonPath();
        JsonPath second = asLearner().get("/api/modules?size=5&page=1").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items")).hasSize(5);
        assertThat(second.getInt("page")).isEqualTo(1);
        Set<String> overlap = new HashSet<>(first.getList("items.slug", String.class));
        overlap.retainAll(second.getList("items.slug", String.class));
        assertThat(overlap).isEmpty();
    }

    @Test
    void moduleDetailsSkillsGoalsAndPrerequisites() {
        asLearner().get("/api/modules/logistic-regression").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("slug", equalTo("logistic-regression"))
                .body("skills", hasItem("logistic-regression"))
                .body("outcomes", not(empty()))
                .body("resources[0].url", notNullValue());
        asLearner().get("/api/modules/logistic-regression/skills").then().statusCode(200)
                .body("code", hasItem("logistic-regression"));
        asLearner().get("/api/modules/logistic-regression/goals").then().statusCode(200)
                .body("slug", hasItem("ml-interview-ready"));

        List<String> direct = asLearner().get("/api/modules/logistic-regression/prerequisites").then().statusCode(200)
                .extract().jsonPath().getList("slug");
        List<String> all = asLearner().get("/api/modules/logistic-regression/prerequisites?transitive=true").then()
                .statusCode(200).extract().jsonPath().getList("slug");
        assertThat(direct).isNotEmpty();
        assertThat(all).containsAll(direct).contains("python-for-data-analysis").doesNotContain("logistic-regression");
        assertStudyOrder(all);
    }

    @Test
    void everySeededGoalHasAStudyOrderThatRespectsPrerequisites() {
        List<String> goals = asLearner().get("/api/goals").then().statusCode(200).extract().jsonPath().getList("slug");
        assertThat(goals).contains("data-analyst", "ml-interview-ready");
        for (String goal : goals) {
            JsonPath order = asLearner().get("/api/goals/" + goal + "/study-order").then().statusCode(200)
                    .extract().jsonPath();
            List<String> slugs = order.getList("steps.slug");
            List<String> members = asLearner().get("/api/goals/" + goal).then().extract().jsonPath().getList("modules");
            assertThat(slugs).containsAll(members);
            assertStudyOrder(slugs);
            assertThat(order.getInt("totalMinutes")).isPositive();
        }
    }

    /** Each module appears after all of its direct prerequisites. */
    private static void assertStudyOrder(List<String> slugs) {
        Set<String> seen = new HashSet<>();
        for (String slug : slugs) {
            List<String> prerequisites = asLearner().get("/api/modules/" + slug).then().extract().jsonPath()
                    .getList("prerequisites");
            for (String p : prerequisites) {
                if (slugs.contains(p)) {
                    assertThat(seen).as("%s before %s", p, slug).contains(p);
                }
            }
            seen.add(slug);
        }
    }

    @Test
    void authorsCreateAndUpdateModulesWithOptimisticLocking() {
        String slug = unique("boosting");
        asAuthor().body(module(slug, List.of("gradient-boosting"), List.of("decision-trees"))).post("/api/modules")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/modules/" + slug))
                .header("ETag", "\"0\"")
                .body("prerequisites", contains("decision-trees"));

        Map<String, Object> edit = module(slug, List.of("gradient-boosting", "random-forests"), List.of("decision-trees"));
        edit.put("estimatedMinutes", 150);
        asAuthor().body(edit).put("/api/modules/" + slug).then().statusCode(428)
                .contentType("application/problem+json");
        String etag = asAuthor().body(edit).header("If-Match", "\"0\"").put("/api/modules/" + slug).then()
                .statusCode(200).body("estimatedMinutes", equalTo(150)).body("skills", hasSize(2))
                .extract().header("ETag");
        assertThat(etag).isEqualTo("\"1\"");

        // A second author still holding version 0 must not silently overwrite the first author's change.
        edit.put("estimatedMinutes", 90);
        asAuthor().body(edit).header("If-Match", "\"0\"").put("/api/modules/" + slug).then().statusCode(412)
                .contentType("application/problem+json").body("currentEtag", equalTo("\"1\""));
        asLearner().get("/api/modules/" + slug).then().body("estimatedMinutes", equalTo(150));

        // Conditional GET.
        asLearner().header("If-None-Match", etag).get("/api/modules/" + slug).then().statusCode(304);

        asAuthor().body(module(slug, List.of("gradient-boosting"), List.of())).post("/api/modules").then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anEditThatWouldCreateACycleIsRefusedAndNamesTheCycle() {
        String a = unique("cycle-a");
        String b = unique("cycle-b");
        String c = unique("cycle-c");
        asAuthor().body(module(a, List.of("decision-trees"), List.of())).post("/api/modules").then().statusCode(201);
        asAuthor().body(module(b, List.of("decision-trees"), List.of(a))).post("/api/modules").then().statusCode(201);
        asAuthor().body(module(c, List.of("decision-trees"), List.of(b))).post("/api/modules").then().statusCode(201);

        asAuthor().body(module(a, List.of("decision-trees"), List.of(c))).header("If-Match", "\"0\"")
                .put("/api/modules/" + a).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:learnpath:problem:prerequisite-cycle"))
                .body("cycle", contains(a, c, b, a));
        asAuthor().body(module(a, List.of("decision-trees"), List.of(a))).header("If-Match", "\"0\"")
                .put("/api/modules/" + a).then().statusCode(400)
                .body("errors.field", hasItem("prerequisites[0]"));
        asLearner().get("/api/modules/" + a).then().body("prerequisites", empty()).header("ETag", "\"0\"");
    }

    @Test
    void skillsAndGoalsFollowTheSameRules() {
        String code = unique("skill");
        asAuthor().body(org.learnpath.catalog.TestData.skill(code)).post("/api/skills").then().statusCode(201);
        asLearner().get("/api/skills/" + code).then().statusCode(200).body("area", equalTo("MACHINE_LEARNING"));
        Map<String, Object> renamed = org.learnpath.catalog.TestData.skill(code);
        renamed.put("name", "Renamed skill");
        asAuthor().body(renamed).header("If-Match", "\"0\"").put("/api/skills/" + code).then().statusCode(200)
                .body("name", equalTo("Renamed skill")).header("ETag", "\"1\"");

        String slug = unique("module");
        asAuthor().body(module(slug, List.of(code), List.of())).post("/api/modules").then().statusCode(201);
        asAdmin().delete("/api/skills/" + code).then().statusCode(409).contentType("application/problem+json");

        String goal = unique("goal");
        asAuthor().body(org.learnpath.catalog.TestData.goal(goal, List.of(slug))).post("/api/goals").then()
                .statusCode(201);
        asLearner().get("/api/goals/" + goal + "/study-order").then().statusCode(200)
                .body("steps.slug", contains(slug));
        asAdmin().delete("/api/modules/" + slug).then().statusCode(409);
        asAdmin().delete("/api/goals/" + goal).then().statusCode(204);
        asAdmin().delete("/api/modules/" + slug).then().statusCode(204);
        asAdmin().delete("/api/skills/" + code).then().statusCode(204);
        asLearner().get("/api/skills/" + code).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void changesCommittedByAnotherInstanceAreServedAfterTheRevisionMoves() throws Exception {
        String code = unique("elsewhere");
        try (java.sql.Connection c = org.learnpath.testinfra.PostgresResource.connect();
                java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("insert into skill (code, name, description, area) values ('" + code
                    + "', 'Written elsewhere', 'By another instance', 'DATA_ANALYSIS')");
            asLearner().get("/api/skills/" + code).then().statusCode(404);
            s.executeUpdate("update catalog_revision set revision = revision + 1");
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                asLearner().get("/api/skills/" + code).then().statusCode(200).body("name", equalTo("Written elsewhere")));
    }

    @Test
    void unknownIdsAre404ProblemDocuments() {
        for (String path : List.of("/api/modules/nope", "/api/skills/nope", "/api/goals/nope",
                "/api/goals/nope/study-order", "/api/modules/nope/prerequisites")) {
            asLearner().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("status", equalTo(404)).body("type", equalTo("urn:learnpath:problem:not-found"));
        }
    }

    @Test
    void healthAndMetricsAreServedOnTheManagementPortOnlyAndOpenApiOnTheApiPort() {
        Management.given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", hasItem("Database connections health check"));
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("learnpath_outbox_backlog"));
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics")) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/modules/{slug}"));
    }
}
