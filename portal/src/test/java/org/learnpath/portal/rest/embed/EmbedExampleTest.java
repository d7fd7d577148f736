package org.learnpath.portal.rest.embed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/** The example host page (enabled in this profile) and its token endpoint. */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class EmbedExampleTest {

    private final String token = TestTokens.learner("alice");

    @Test
    void theExampleIsAForeignPageWithItsOwnPolicyForTheTwoServices() {
        Response response = given().auth().oauth2(token).get("/embed/example");

        response.then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy",
                        containsString("connect-src 'self' http://127.0.0.1:18082 http://localhost:18083;"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Cache-Control", "no-store");
        String page = response.asString();
        assertThat(page).contains("<learnpath-path-graph id=\"path-graph\">")
                .contains("<learnpath-next-step id=\"next-step\">")
                .contains("<learnpath-item-player id=\"item-player\">")
                .contains("data-assessment-url=\"http://127.0.0.1:18082\"")
                .contains("data-recommender-url=\"http://localhost:18083/\"")
                .contains("<script type=\"module\" src=\"/embed/example.js\"></script>")
                .contains("window.LearnPath.configure(")
                .doesNotContain("/css/portal.css").doesNotContain("id=\"nav-learn\"")
                .doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void theExamplesScriptAndStylesAreFiles() {
        given().auth().oauth2(token).get("/embed/example.js").then().statusCode(200)
                .contentType(startsWith("text/javascript")).body(containsString("tokenProvider"));
        given().auth().oauth2(token).get("/embed/example.css").then().statusCode(200)
                .contentType(startsWith("text/css"));
    }

    @Test
    void theTokenEndpointGivesTheSignedInUsersTokenToThePortalsOwnScriptsOnly() {
        given().auth().oauth2(token).get("/embed/token")
                .then().statusCode(403).contentType("application/problem+json");

        Response answer = given().auth().oauth2(token).header("X-LearnPath-Request", "1").get("/embed/token");

        answer.then().statusCode(200).contentType("application/json").header("Cache-Control", "no-store")
                .body("accessToken", equalTo(token));
        Instant expires = Instant.parse(answer.jsonPath().getString("expiresAt"));
        assertThat(expires).isBetween(Instant.now(), Instant.now().plusSeconds(6 * 60));
    }

    @Test
    void theElementsScriptStaysPublicBesideTheExample() {
        given().get("/embed/learnpath-elements.js").then().statusCode(200)
                .contentType(containsString("javascript"));
    }
}
