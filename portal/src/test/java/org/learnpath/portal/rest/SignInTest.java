package org.learnpath.portal.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestIssuer;

/** Without a session, every page but the landing page starts the sign-in (authorization code flow with PKCE). */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class SignInTest {

    @Test
    void aLearnerPageStartsSignInWithPkce() {
        for (String page : new String[] { "/learn", "/learn/history", "/embed/example", "/embed/token" }) {
            given().redirects().follow(false).get(page).then().statusCode(302)
                    .header("Location", allOf(
                            startsWith(TestIssuer.shared().issuerUrl() + "/protocol/openid-connect/auth"),
                            containsString("client_id=learnpath-web"), containsString("response_type=code"),
                            containsString("code_challenge="), containsString("code_challenge_method=S256")));
        }
    }

    @Test
    void aScriptWithoutSessionIsToldSoInsteadOfRedirected() {
        for (String call : new String[] { "/bff/recommender/api/learners/me/path", "/embed/token" }) {
            given().redirects().follow(false).header(ScriptRequests.HEADER, "1").get(call).then().statusCode(499)
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void theLandingPageIsPublic() {
        given().redirects().follow(false).get("/").then().statusCode(200).body(containsString("id=\"sign-in\""));
    }
}
