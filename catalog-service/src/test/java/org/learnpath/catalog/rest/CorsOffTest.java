package org.learnpath.catalog.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.learnpath.catalog.TestData.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/** Without LEARNPATH_CORS_ORIGINS (the default) the service sends no CORS header, whatever the request's Origin. */
@QuarkusTest
@LearnPathTestResources
class CorsOffTest {

    @Test
    void noOriginsMeansNoCorsHeaders() {
        Response preflight = CorsTest.preflight(CorsTest.PORTAL);
        assertThat(preflight.headers().asList()).extracting(Header::getName).as("preflight")
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));

        Response call = as(TestTokens.learner("alice")).header("Origin", CorsTest.PORTAL).get("/api/skills");
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().asList()).extracting(Header::getName).as("call")
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
    }
}
