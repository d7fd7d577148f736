package org.learnpath.catalog.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.catalog.TestData.as;
import static org.learnpath.catalog.TestData.asAdmin;
import static org.learnpath.catalog.TestData.asAuthor;
import static org.learnpath.catalog.TestData.goal;
import static org.learnpath.catalog.TestData.module;
import static org.learnpath.catalog.TestData.skill;
import static org.learnpath.catalog.TestData.unique;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * Every endpoint against every kind of caller, through real signed bearer tokens. Writes that are allowed
 * are made against entities created for that one call, so each cell of the matrix stands alone. Every caller with a
 * token belongs to the same organization (acme), so its own goals are the organization goals below.
 */
@QuarkusTest
@LearnPathTestResources
class AuthorizationMatrixTest {

    enum Caller {
        ANONYMOUS(() -> null),
        LEARNER(() -> TestTokens.learner("alice")),
        AUTHOR(() -> TestTokens.user("ada", "author").sign()),
        ADMIN(() -> TestTokens.user("grace", "admin").sign()),
        /** Manager and nothing else: reads what a learner reads, and writes only the organization's goals. */
        MANAGER(() -> TestTokens.user("mia", "manager").sign()),
        INTEGRATION(TestTokens::integration);

        final java.util.function.Supplier<String> token;

        Caller(java.util.function.Supplier<String> token) {
            this.token = token;
        }
    }

    /** An endpoint call; it prepares what it needs with an admin token, then calls as the caller. */
    record Call(String name, Function<String, Response> invoke) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final int[] READ = { 401, 200, 200, 200, 200, 200 };
    private static final int[] CREATE = { 401, 403, 201, 201, 403, 403 };
    private static final int[] UPDATE = { 401, 403, 200, 200, 403, 403 };
    private static final int[] DELETE = { 401, 403, 403, 204, 403, 403 };
    /** An organization's own goals: its admins and managers write them, authors of the organization do not. */
    private static final int[] ORG_CREATE = { 401, 403, 403, 201, 201, 403 };
    private static final int[] ORG_UPDATE = { 401, 403, 403, 200, 200, 403 };
    private static final int[] ORG_DELETE = { 401, 403, 403, 204, 204, 403 };

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        Map<Call, int[]> calls = new java.util.LinkedHashMap<>();
        calls.put(get("/api/skills"), READ);
        calls.put(get("/api/skills/linear-regression"), READ);
        calls.put(get("/api/modules"), READ);
        calls.put(get("/api/modules/linear-regression"), READ);
        calls.put(get("/api/modules/linear-regression/prerequisites"), READ);
        calls.put(get("/api/modules/linear-regression/prerequisites?transitive=true"), READ);
        calls.put(get("/api/modules/linear-regression/skills"), READ);
        calls.put(get("/api/modules/linear-regression/goals"), READ);
        calls.put(get("/api/goals"), READ);
        calls.put(get("/api/goals/data-analyst"), READ);
        calls.put(get("/api/goals/data-analyst/study-order"), READ);
        calls.put(new Call("POST /api/skills", t -> as(t).body(skill(unique("s"))).post("/api/skills")), CREATE);
        calls.put(new Call("PUT /api/skills/{code}", t -> {
            String code = newSkill();
            return as(t).header("If-Match", "\"0\"").body(skill(code)).put("/api/skills/" + code);
        }), UPDATE);
        calls.put(new Call("DELETE /api/skills/{code}", t -> as(t).delete("/api/skills/" + newSkill())), DELETE);
        calls.put(new Call("POST /api/modules", t -> as(t).body(module(unique("m"), List.of("eda-workflow"), List.of()))
                .post("/api/modules")), CREATE);
        calls.put(new Call("PUT /api/modules/{slug}", t -> {
            String slug = newModule();
            return as(t).header("If-Match", "\"0\"").body(module(slug, List.of("eda-workflow"), List.of()))
                    .put("/api/modules/" + slug);
        }), UPDATE);
        calls.put(new Call("DELETE /api/modules/{slug}", t -> as(t).delete("/api/modules/" + newModule())), DELETE);
        calls.put(new Call("POST /api/goals", t -> as(t).body(goal(unique("g"), List.of("data-cleaning")))
                .post("/api/goals")), CREATE);
        calls.put(new Call("PUT /api/goals/{slug}", t -> {
            String slug = newGoal();
            return as(t).header("If-Match", "\"0\"").body(goal(slug, List.of("data-cleaning"))).put("/api/goals/" + slug);
        }), UPDATE);
        calls.put(new Call("DELETE /api/goals/{slug}", t -> as(t).delete("/api/goals/" + newGoal())), DELETE);
        calls.put(new Call("GET /api/goals/{organization's slug}", t -> as(t).get("/api/goals/" + newOrgGoal())), READ);
        calls.put(new Call("POST /api/goals (ORGANIZATION)", t -> as(t).body(orgGoal(unique("g"))).post("/api/goals")),
                ORG_CREATE);
        calls.put(new Call("PUT /api/goals/{organization's slug}", t -> {
            String slug = newOrgGoal();
            return as(t).header("If-Match", "\"0\"").body(orgGoal(slug)).put("/api/goals/" + slug);
        }), ORG_UPDATE);
        calls.put(new Call("DELETE /api/goals/{organization's slug}", t -> as(t).delete("/api/goals/" + newOrgGoal())),
                ORG_DELETE);

        calls.forEach((call, expected) -> {
            Caller[] callers = Caller.values();
            for (int i = 0; i < callers.length; i++) {
                cases.add(Arguments.of(call, callers[i], expected[i]));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void endpointAnswersEachCallerAsDesigned(Call call, Caller caller, int expected) {
        Response response = call.invoke().apply(caller.token.get());
        response.then().statusCode(expected);
        if (expected >= 400) {
            response.then().contentType("application/problem+json").body("status", equalTo(expected));
        }
        if (expected == 401) {
            response.then().header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        }
    }

    @Test
    void tokensThatAreNotGenuineAreRejected() {
        String path = "/api/modules";
        as(TestTokens.learner("alice")).get(path).then().statusCode(200);
        as(TestTokens.user("alice", "learner").expired().sign()).get(path).then().statusCode(401);
        as(TestTokens.user("alice", "learner").signedByForeignKey().sign()).get(path).then().statusCode(401);
        as(TestTokens.user("alice", "learner").issuer("http://127.0.0.1:1/realms/other").sign()).get(path).then()
                .statusCode(401);
        as(TestTokens.user("alice", "learner").algNone().sign()).get(path).then().statusCode(401);
        as(TestTokens.user("alice", "learner").audience("some-other-api").sign()).get(path).then().statusCode(401);
        String genuine = TestTokens.learner("alice");
        String tampered = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA" + genuine.substring(genuine.lastIndexOf('.') + 5);
        as(tampered).get(path).then().statusCode(401).contentType("application/problem+json");
        as("not-a-jwt").get(path).then().statusCode(401);
        // A valid token with no LearnPath role reads nothing.
        as(TestTokens.user("mallory").sign()).get(path).then().statusCode(403);
    }

    private static Call get(String path) {
        return new Call("GET " + path, t -> as(t).get(path));
    }

    private static String newSkill() {
        String code = unique("s");
        asAuthor().body(skill(code)).post("/api/skills").then().statusCode(201);
        return code;
    }

    private static String newModule() {
        String slug = unique("m");
        asAuthor().body(module(slug, List.of("eda-workflow"), List.of())).post("/api/modules").then().statusCode(201);
        return slug;
    }

    private static Map<String, Object> orgGoal(String slug) {
        Map<String, Object> body = goal(slug, List.of("data-cleaning"));
        body.put("audience", "ORGANIZATION");
        return body;
    }

    private static String newOrgGoal() {
        String slug = unique("g");
        asAdmin().body(orgGoal(slug)).post("/api/goals").then().statusCode(201);
        return slug;
    }

    private static String newGoal() {
        String slug = unique("g");
        asAdmin().body(goal(slug, List.of("data-cleaning"))).post("/api/goals").then().statusCode(201);
        return slug;
    }
}
