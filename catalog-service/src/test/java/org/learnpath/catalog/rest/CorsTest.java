package org.learnpath.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.learnpath.catalog.TestData.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * With LEARNPATH_CORS_ORIGINS set (libs/rest CorsSettings, shared by every service), a browser page on one of those
 * origins may call the API, and one on any other origin may not. {@link CorsOffTest}: unset, no CORS at all.
 */
@QuarkusTest
@LearnPathTestResources
@TestProfile(CorsTest.PortalOrigins.class)
class CorsTest {

    static final String PORTAL = "http://portal.example:8084";

    public static class PortalOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("learnpath.cors.origins", PORTAL + ", http://127.0.0.1:8084");
        }
    }

    static Response preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/modules/some-module");
    }

    @Test
    void aPreflightFromAConfiguredOriginIsAllowed() {
        for (String origin : new String[] { PORTAL, "http://127.0.0.1:8084" }) {
            Response response = preflight(origin);
            assertThat(response.statusCode()).as(origin).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(origin);
            assertThat(Arrays.stream(response.header("Access-Control-Allow-Methods").split(",")).map(String::trim))
                    .contains("GET", "POST", "PUT", "DELETE");
            assertThat(response.header("Access-Control-Allow-Headers").toLowerCase())
                    .contains("authorization", "content-type", "if-match", "idempotency-key");
            // Bearer tokens only: a cross-origin page may not send the browser's cookies along.
            assertThat(response.header("Access-Control-Allow-Credentials")).as(origin).isNotEqualTo("true");
            assertThat(response.header("Access-Control-Max-Age")).as(origin).isEqualTo("600");
        }
    }

    @Test
    void aPreflightFromAnyOtherOriginIsNot() {
        for (String origin : new String[] { "http://elsewhere.example", "http://portal.example:9999" }) {
            Response response = preflight(origin);
            assertThat(response.header("Access-Control-Allow-Origin")).as(origin).isNull();
            assertThat(response.statusCode()).as(origin).isEqualTo(403);
        }
    }

    @Test
    void anAllowedCallMayReadTheETag() {
        Response response = as(TestTokens.learner("alice")).header("Origin", PORTAL).get("/api/skills");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
        assertThat(response.header("Access-Control-Expose-Headers")).contains("ETag", "Location");
        // Without an Origin (a server, curl) nothing changes.
        as(TestTokens.learner("alice")).get("/api/skills").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
