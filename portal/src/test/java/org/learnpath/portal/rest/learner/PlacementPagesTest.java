package org.learnpath.portal.rest.learner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.FakeServicesClient;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/**
 * The placement assessment on /learn, as the portal renders it from the recommender's state (the element takes over
 * in the browser), its Skip form for pages without script, and the proxy paths the element uses.
 */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class PlacementPagesTest {

    private static final String PLACEMENT_API = "/recommender/api/learners/me/placement";

    private final String alice = TestTokens.learner("alice");

    @Test
    void aLearnerWhoNeverStartedOneIsInvitedToStartOrSkip() {
        String page = learn(alice, "/learn");

        String block = block(page);
        assertThat(block).contains("<learnpath-placement id=\"placement\" goal=\"ml-foundations\""
                + " data-placement=\"none\">")
                .contains("aria-label=\"Placement assessment\"")
                .contains("<strong>Already know some of this?</strong> Take the placement assessment (at most 20"
                        + " questions)")
                .contains("<form class=\"lp-placement-skip-form\" method=\"post\" action=\"/learn/placement/skip\">")
                .contains("<input type=\"hidden\" name=\"goal\" value=\"ml-foundations\">")
                .contains("<button type=\"submit\" class=\"lp-secondary lp-placement-skip\">Skip the placement"
                        + " assessment</button>")
                .contains("<noscript>")
                .doesNotContain("name=\"viewing\"").doesNotContain("<progress").doesNotContain("placed you past");
        // Above the path, and without inline script or style (the page's CSP).
        assertThat(page.indexOf("id=\"placement-section\"")).isLessThan(page.indexOf("<learnpath-path-graph"));
        assertThat(page).doesNotContain("style=\"").doesNotContain("<script>")
                .contains("<script type=\"module\" src=\"/embed/learnpath-elements.js\"></script>");

        JsonPath sent = FakeServicesClient.last("GET", PLACEMENT_API);
        assertThat(sent.getString("query")).isEqualTo("goal=ml-foundations");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + alice);
    }

    @Test
    void aPlacementInProgressShowsHowFarItGot() {
        String block = block(learn(TestTokens.learner(FakeServices.PLACING_USER), "/learn"));

        assertThat(block).contains("data-placement=\"IN_PROGRESS\"")
                .contains("You have started the placement assessment: 3 of at most 20 questions answered.")
                .contains("<progress class=\"lp-placement-progress\" max=\"20\" value=\"3\" aria-label=\"Placement"
                        + " assessment: 3 of at most 20 questions answered\">3 of 20</progress>")
                .contains("lp-placement-skip")
                .doesNotContain("Already know some of this?").doesNotContain("placed you past");
    }

    @Test
    void aCompletedPlacementListsTheModulesItPlacedTheLearnerPastWithTheRecommendersSentences() {
        String block = block(learn(TestTokens.learner(FakeServices.PLACED_USER), "/learn"));

        assertThat(block).contains("data-placement=\"COMPLETED\"")
                .contains("<p class=\"lp-placement-summary\">The placement assessment placed you past 2 modules.</p>")
                .doesNotContain("lp-placement-skip").doesNotContain("<form").doesNotContain("Already know");
        assertThat(placed(block)).containsExactly(
                "statistics-basics|<strong>Statistics basics</strong>: Your answers on Mean &amp; variance show you"
                        + " know it: &lt;enough&gt; to skip this module.",
                "regression|<strong>Linear regression</strong>: Your answers on Least squares show you know it.");
    }

    @Test
    void aSkippedPlacementLeavesOnlyTheElementWhichOffersToTakeItLater() {
        String block = block(learn(TestTokens.learner(FakeServices.SKIPPED_USER), "/learn"));

        assertThat(block).contains("data-placement=\"SKIPPED\"");
        String inside = block.substring(block.indexOf("data-placement=\"SKIPPED\">") + 25,
                block.indexOf("</learnpath-placement>"));
        assertThat(inside).isBlank();
    }

    @Test
    void aRecommenderThatCannotSayStillShowsThePathAndLeavesThePlacementToTheElement() {
        String page = learn(TestTokens.learner(FakeServices.PLACEMENT_DOWN_USER), "/learn");

        String block = block(page);
        assertThat(block).contains("data-placement=\"unknown\"").doesNotContain("<form").doesNotContain("<p");
        assertThat(page).contains("<learnpath-path-graph id=\"path-graph\">").contains("id=\"reviews\"");
    }

    @Test
    void anAssignedGoalsPathOffersThatGoalsPlacement() {
        String block = block(learn(alice, "/learn?goal=data-analyst"));

        assertThat(block).contains("<learnpath-placement id=\"placement\" goal=\"data-analyst\"")
                .contains("<input type=\"hidden\" name=\"goal\" value=\"data-analyst\">")
                .contains("<input type=\"hidden\" name=\"viewing\" value=\"true\">");
        assertThat(FakeServicesClient.last("GET", PLACEMENT_API).getString("query")).isEqualTo("goal=data-analyst");
    }

    @Test
    void aLearnerWithoutAGoalIsNotOfferedAPlacement() {
        String page = learn(TestTokens.learner(FakeServices.NO_GOAL_USER), "/learn");

        assertThat(page).doesNotContain("learnpath-placement").doesNotContain("placement-section");
    }

    @Test
    void theSkipFormSkipsAtTheRecommenderThenShowsThePageAgain() {
        given().auth().oauth2(alice).redirects().follow(false).formParam("goal", "ml-foundations")
                .post("/learn/placement/skip")
                .then().statusCode(303).header("Location", endsWith("/learn"));
        JsonPath sent = FakeServicesClient.last();
        assertThat(sent.getString("method")).isEqualTo("POST");
        assertThat(sent.getString("path")).isEqualTo(PLACEMENT_API + "/skip");
        assertThat(sent.getString("query")).isEqualTo("goal=ml-foundations");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + alice);

        given().auth().oauth2(alice).redirects().follow(false).formParam("goal", "data-analyst")
                .formParam("viewing", "true").post("/learn/placement/skip")
                .then().statusCode(303).header("Location", endsWith("/learn?goal=data-analyst"));
        assertThat(FakeServicesClient.last().getString("query")).isEqualTo("goal=data-analyst");
    }

    @Test
    void theSkipFormShowsThePageAgainWhenThePlacementIsCompletedOrTheGoalGone() {
        // Completed meanwhile in another tab: the recommender answers 409; the page shows the result.
        given().auth().oauth2(TestTokens.learner(FakeServices.PLACED_USER)).redirects().follow(false)
                .formParam("goal", "ml-foundations").formParam("viewing", "true").post("/learn/placement/skip")
                .then().statusCode(303).header("Location", endsWith("/learn?goal=ml-foundations"));
        assertThat(FakeServicesClient.last().getString("path")).isEqualTo(PLACEMENT_API + "/skip");
        // A goal no longer offered: 404 at the recommender; the chosen goal's page.
        given().auth().oauth2(alice).redirects().follow(false).formParam("goal", FakeServices.UNKNOWN_GOAL)
                .formParam("viewing", "true").post("/learn/placement/skip")
                .then().statusCode(303).header("Location", endsWith("/learn"));
        assertThat(FakeServicesClient.last().getString("query")).isEqualTo("goal=" + FakeServices.UNKNOWN_GOAL);
    }

    @Test
    void theSkipFormRefusesAMalformedGoalAnotherSiteAndAnotherRole() {
        int before = FakeServicesClient.requests().size();
        given().auth().oauth2(alice).formParam("goal", "<script>").post("/learn/placement/skip")
                .then().statusCode(400).body(containsString("lp-error"));
        given().auth().oauth2(alice).formParam("viewing", "true").post("/learn/placement/skip").then().statusCode(400);
        given().auth().oauth2(alice).header("Origin", "https://evil.example").formParam("goal", "ml-foundations")
                .post("/learn/placement/skip").then().statusCode(403);
        given().auth().oauth2(TestTokens.user("ada", "author").sign()).formParam("goal", "ml-foundations")
                .post("/learn/placement/skip").then().statusCode(403);
        assertThat(FakeServicesClient.requests()).hasSize(before);
    }

    @Test
    void theProxyForwardsThePlacementCallsOfTheElement() {
        script().contentType("application/json").body("{\"goalSlug\":\"ml-foundations\"}")
                .post("/bff/recommender/api/learners/me/placement")
                .then().statusCode(201).contentType(containsString("application/json"))
                .body("placementId", equalTo(FakeServices.PLACEMENT_ID)).body("status", equalTo("IN_PROGRESS"))
                .body("next.itemId", equalTo(FakeServices.PUBLISHED_ITEM));
        JsonPath sent = FakeServicesClient.last("POST", PLACEMENT_API);
        assertThat(sent.getString("body")).isEqualTo("{\"goalSlug\":\"ml-foundations\"}");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + alice);

        // Never started: the recommender's 404 comes back as it is, for the element to show the invitation.
        script().get("/bff/recommender/api/learners/me/placement?goal=ml-foundations")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.learner(FakeServices.PLACING_USER)).header("X-LearnPath-Request", "1")
                .get("/bff/recommender/api/learners/me/placement?goal=ml-foundations")
                .then().statusCode(200).body("answered", equalTo(3)).body("done", equalTo(false));

        script().post("/bff/recommender/api/learners/me/placement/finish?goal=ml-foundations")
                .then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("result.placedModules.slug", equalTo(List.of("statistics-basics", "regression")))
                .body("next", nullValue());
        assertThat(FakeServicesClient.last().getString("query")).isEqualTo("goal=ml-foundations");
        script().post("/bff/recommender/api/learners/me/placement/skip?goal=data-analyst")
                .then().statusCode(200).body("status", equalTo("SKIPPED")).body("goalSlug", equalTo("data-analyst"));

        // Only the portal's own scripts may call them.
        given().auth().oauth2(alice).post("/bff/recommender/api/learners/me/placement/skip?goal=ml-foundations")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theElementsScriptDefinesThePlacementElement() {
        String script = given().get("/embed/learnpath-elements.js").then().statusCode(200).extract().asString();

        assertThat(script).contains("'learnpath-placement'").contains("learnpath:placed")
                .contains("/api/learners/me/placement").contains("kind: 'PLACEMENT'");
    }

    private RequestSpecification script() {
        return given().auth().oauth2(alice).header("X-LearnPath-Request", "1").redirects().follow(false);
    }

    private static String learn(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();
    }

    private static String block(String page) {
        Matcher m = Pattern.compile("<section id=\"placement-section\".*?</section>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("section #placement-section").isTrue();
        return m.group();
    }

    /** The placed modules as "slug|inner HTML", in the order shown. */
    private static List<String> placed(String block) {
        Matcher m = Pattern.compile("<li data-module=\"([^\"]+)\">(.*?)</li>").matcher(block);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(m.group(1) + "|" + m.group(2));
        }
        return rows;
    }
}
