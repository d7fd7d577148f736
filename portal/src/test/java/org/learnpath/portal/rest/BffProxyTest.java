package org.learnpath.portal.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServicesClient;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/** The same-origin proxy: who may use it, what it forwards, what comes back. */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class BffProxyTest {

    private final String token = TestTokens.learner("alice");

    private RequestSpecification script() {
        return given().auth().oauth2(token).header("X-LearnPath-Request", "1").redirects().follow(false);
    }

    @Test
    void aRequestWithoutTheScriptHeaderIsRefused() {
        given().auth().oauth2(token).get("/bff/recommender/api/learners/me/path")
                .then().statusCode(403).contentType("application/problem+json")
                .body("title", equalTo("Not allowed")).body("status", equalTo(403));
        given().auth().oauth2(token).header("X-LearnPath-Request", "yes").contentType("application/json").body("{}")
                .post("/bff/assessment/api/sessions")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutASessionTheProxyForwardsNothingAndSaysTheSessionEnded() {
        given().header("X-LearnPath-Request", "1").redirects().follow(false)
                .get("/bff/recommender/api/learners/me/path")
                .then().statusCode(499);
    }

    @Test
    void forwardsPathQueryAndTheNamedHeadersWithTheUsersTokenAndNoCookies() {
        script().urlEncodingEnabled(false).header("Accept", "application/json").header("Idempotency-Key", "k-42")
                .header("Cookie", "q_session=portal-session-secret").header("X-Custom", "dropped")
                .get("/bff/recommender/api/echo/x?goal=ml-foundations&note=a%20b")
                .then().statusCode(201).contentType("application/json")
                .header("ETag", "\"7\"").header("Location", nullValue())
                .header("Set-Cookie", nullValue()).header("X-Internal", nullValue())
                .body("method", equalTo("GET"))
                .body("path", equalTo("/recommender/api/echo/x"))
                .body("query", equalTo("goal=ml-foundations&note=a%20b"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.accept", equalTo("application/json"))
                .body("headers.idempotency-key", equalTo("k-42"))
                .body("headers.cookie", nullValue())
                .body("headers.x-custom", nullValue())
                .body("headers.x-learnpath-request", nullValue());
    }

    @Test
    void forwardsWritesWithTheirBodyAndPreconditions() {
        script().contentType("application/json").header("If-Match", "\"3\"").body("{\"choice\":\"b\"}")
                .put("/bff/catalog/api/echo/modules/regression")
                .then().statusCode(201)
                .body("method", equalTo("PUT"))
                .body("path", equalTo("/catalog/api/echo/modules/regression"))
                .body("headers.if-match", equalTo("\"3\""))
                .body("headers.content-type", startsWith("application/json"))
                .body("body", equalTo("{\"choice\":\"b\"}"));
        script().contentType("application/json").body("{\"kind\":\"PRACTICE\"}")
                .post("/bff/recommender/api/echo/sessions")
                .then().statusCode(201).body("method", equalTo("POST")).body("body", equalTo("{\"kind\":\"PRACTICE\"}"));
    }

    @Test
    void aServicesRefusalComesBackUnchanged() {
        script().get("/bff/recommender/api/stale")
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", equalTo("Resource has changed")).body("detail", equalTo("Someone else changed it"));
    }

    @Test
    void onlyTheThreeServicesApisAreReachable() {
        script().get("/bff/catalog/api/echo/before").then().statusCode(201);
        script().get("/bff/keycloak/api/users").then().statusCode(404).contentType("application/problem+json");
        script().get("/bff/recommender/q/metrics").then().statusCode(404).contentType("application/problem+json");
        script().urlEncodingEnabled(false).get("/bff/recommender/api/%2e%2e/q/metrics")
                .then().statusCode(404);
        script().urlEncodingEnabled(false).get("/bff/recommender/api/x%2f..%2f..%2fq%2fmetrics")
                .then().statusCode(404);
        script().get("/bff/catalog/q/health").then().statusCode(404);

        // None of the refused paths reached a service.
        assertThat(FakeServicesClient.lastPath()).isEqualTo("/catalog/api/echo/before");
    }

    @Test
    void aServiceThatCannotBeReachedIsA503Problem() {
        script().get("/bff/assessment/api/learners/me/attempts")
                .then().statusCode(503).contentType("application/problem+json")
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("assessment"));
    }
}
