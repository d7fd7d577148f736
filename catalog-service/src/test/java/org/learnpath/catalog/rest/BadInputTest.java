package org.learnpath.catalog.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.learnpath.catalog.TestData.asAuthor;
import static org.learnpath.catalog.TestData.asLearner;
import static org.learnpath.catalog.TestData.module;
import static org.learnpath.catalog.TestData.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;

/** Whatever a client sends, the answer is a 4xx problem document that says what to fix, and nothing is stored. */
@QuarkusTest
@LearnPathTestResources
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400() {
        asAuthor().body("{\"slug\": \"x\", ").post("/api/modules").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:malformed-body"));
        asAuthor().body("[1, 2, 3]").post("/api/modules").then().statusCode(400).contentType(PROBLEM);
        asAuthor().body("").post("/api/modules").then().statusCode(400).contentType(PROBLEM);
        asAuthor().body("null").post("/api/modules").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void wrongTypesNameTheField() {
        Map<String, Object> body = module(unique("types"), List.of("eda-workflow"), List.of());
        body.put("estimatedMinutes", "two hours");
        asAuthor().body(body).post("/api/modules").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("estimatedMinutes"));

        body = module(unique("types"), List.of("eda-workflow"), List.of());
        body.put("level", "EXPERT");
        asAuthor().body(body).post("/api/modules").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("level"));

        body = module(unique("types"), List.of("eda-workflow"), List.of());
        body.put("skills", "eda-workflow");
        asAuthor().body(body).post("/api/modules").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void constraintViolationsListEveryFailingField() {
        Map<String, Object> body = module("Not A Slug", List.of(), List.of());
        body.remove("title");
        body.put("estimatedMinutes", 0);
        body.put("resources", List.of(Map.of("title", "x", "url", "ftp://example.org/file", "kind", "ARTICLE")));
        asAuthor().body(body).post("/api/modules").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:validation"))
                .body("errors.field", hasItems("slug", "title", "estimatedMinutes", "skills", "resources[0].url"));
    }

    @Test
    void referencesToUnknownSkillsAndModulesAre400AndNothingIsStored() {
        String slug = unique("refs");
        asAuthor().body(module(slug, List.of("eda-workflow", "no-such-skill"), List.of("no-such-module")))
                .post("/api/modules").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("skills[1]", "prerequisites[0]"));
        asLearner().get("/api/modules/" + slug).then().statusCode(404);
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "x".repeat(300 * 1024);
        asAuthor().body("{\"slug\":\"huge\",\"summary\":\"" + huge + "\"}")
                .post("/api/modules").then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
        // Within the transport limit, a field that is too long is a validation error.
        Map<String, Object> body = module(unique("long"), List.of("eda-workflow"), List.of());
        body.put("summary", "y".repeat(5000));
        asAuthor().body(body).post("/api/modules").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("summary"));
    }

    @Test
    void badQueryParametersAre400() {
        asLearner().get("/api/modules?size=1000").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"));
        asLearner().get("/api/modules?page=abc").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("page"));
        asLearner().get("/api/modules?area=ASTROLOGY").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("DATA_ANALYSIS"));
        asLearner().get("/api/modules/linear-regression/prerequisites?transitive=maybe").then().statusCode(400);
        asLearner().get("/api/modules?q=" + "z".repeat(300)).then().statusCode(400);
    }

    @Test
    void wrongMediaTypeAndMethodAreProblems() {
        asAuthor().contentType("text/plain").body("hello").post("/api/modules").then().statusCode(415)
                .contentType(PROBLEM);
        asAuthor().patch("/api/modules/linear-regression").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void changingAnIdentifierThroughPutIsRefused() {
        asAuthor().body(module("other-slug", List.of("eda-workflow"), List.of())).header("If-Match", "*")
                .put("/api/modules/linear-regression").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("slug"));
    }
}
