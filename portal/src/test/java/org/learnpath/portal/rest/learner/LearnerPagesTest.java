package org.learnpath.portal.rest.learner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.FakeServicesClient;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/** /learn and /learn/history, rendered from what the services answer. */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class LearnerPagesTest {

    private final String alice = TestTokens.learner("alice");

    @Test
    void aLearnerWithAGoalSeesThePickerTheThreeElementsAndTheReviews() {
        String page = given().auth().oauth2(alice).get("/learn")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-store").extract().asString();

        assertThat(page).contains("<form id=\"goal-form\" method=\"post\" action=\"/learn\">")
                .contains("<option value=\"ml-foundations\" selected>ML Foundations</option>")
                .contains("<option value=\"data-analyst\">Data Analyst</option>")
                .contains("id=\"goal-submit\"")
                .contains("<learnpath-path-graph id=\"path-graph\">")
                .contains("<learnpath-next-step id=\"next-step\">")
                .contains("<learnpath-item-player id=\"item-player\">")
                .contains("<script type=\"module\" src=\"/embed/learnpath-elements.js\"></script>")
                .contains("<link rel=\"stylesheet\" href=\"/embed/learnpath-elements.css\">")
                .doesNotContain("style=\"").doesNotContain("<script>");
        String reviews = section(page, "reviews");
        assertThat(reviews).contains("Mean and variance").contains("Statistics basics").contains("83 %")
                .contains("datetime=\"2026-05-04T09:30:00Z\"").contains("4 May 2026, 09:30 UTC").contains("Due now");
        assertThat(page).contains("<script type=\"module\" src=\"/js/certification.js\"></script>");
    }

    @Test
    void whileModulesRemainThePageSaysWhatCompleteMeansAndListsTheSkillsStillToCheck() {
        String page = given().auth().oauth2(alice).get("/learn").then().statusCode(200).extract().asString();

        String block = section(page, "certification");
        assertThat(block).contains("<h2 id=\"certification-heading\">What “complete” means</h2>")
                .contains("data-complete=\"false\" data-certified=\"false\" data-modules-left=\"1\"")
                .doesNotContain("data-goal=")
                .contains("Your goal is complete when every module is mastered and your answers make it at least 95%"
                        + " likely that you know all 3 skills.")
                .contains("Now: <strong>1%</strong>.")
                .contains("<progress id=\"certification-progress\" max=\"100\" value=\"1\"")
                .contains("master the module left, then the certification check: questions on the skills below until"
                        + " your answers reach 95%.")
                // While modules remain the list is there but closed: the modules come first.
                .contains("<details id=\"skills-to-check\">").contains("Skills still to check (3)")
                .doesNotContain("Goal complete").doesNotContain("(enough)");
        assertThat(skills(block)).containsExactly("Residuals: not answered yet", "Least squares: 20%",
                // 0.58 is 57.99999999999999 in binary: rounded down from the number as written, not from that.
                "Mean and variance: 58%");
    }

    @Test
    void withEveryModuleMasteredTheCertificationCheckIsWhatRemains() {
        String page = given().auth().oauth2(alice).get("/learn?goal=" + FakeServices.CERTIFY_GOAL)
                .then().statusCode(200).extract().asString();

        String block = section(page, "certification");
        assertThat(block).contains("data-complete=\"false\" data-certified=\"false\" data-modules-left=\"0\"")
                .contains("data-goal=\"" + FakeServices.CERTIFY_GOAL + "\"")
                .contains("at least 95% likely that you know all 3 skills.")
                // 94.99 % is rounded down: never 95 % before the goal reaches it.
                .contains("Now: <strong>94%</strong>.").contains("value=\"94\"").doesNotContain("95%</strong>")
                .contains("<strong>Still to do:</strong>")
                .contains("the certification check. Your next step asks about the skills below, one question at a"
                        + " time, until your answers reach 95%.")
                .contains("<details id=\"skills-to-check\" open>").contains("Skills still to check (1)")
                .doesNotContain("Goal complete").doesNotContain("master the");
        assertThat(skills(block)).containsExactly("Least squares: 96%");
        assertThat(page).contains("<learnpath-next-step id=\"next-step\" goal=\"" + FakeServices.CERTIFY_GOAL + "\">");
    }

    @Test
    void aCertifiedGoalIsShownComplete() {
        String page = given().auth().oauth2(alice).get("/learn?goal=" + FakeServices.CERTIFIED_GOAL)
                .then().statusCode(200).extract().asString();

        String block = section(page, "certification");
        assertThat(block).contains("data-complete=\"true\" data-certified=\"true\"")
                .contains("<p id=\"goal-complete\"><strong class=\"lp-status lp-progress-DONE\">Goal complete</strong>"
                        + " Every module is mastered, and your answers make it 97% likely that you know its one skill"
                        + " (at least 95% was needed).</p>")
                .doesNotContain("Still to do").doesNotContain("skills-to-check").doesNotContain("<progress");
    }

    @Test
    void aPathWithoutCertificationShowsNoBlock() {
        // The data-analyst path comes from a recommender that does not certify goals (no "certification" member).
        String page = given().auth().oauth2(alice).get("/learn?goal=data-analyst")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<learnpath-path-graph id=\"path-graph\" goal=\"data-analyst\">")
                .doesNotContain("id=\"certification\"").doesNotContain("/js/certification.js");
    }

    @Test
    void theBlockAloneIsServedForThePageScriptToRefreshIt() {
        String own = given().auth().oauth2(alice).header("X-LearnPath-Request", "1").get("/learn/certification")
                .then().statusCode(200).contentType(containsString("text/html")).header("Cache-Control", "no-store")
                .extract().asString();
        assertThat(own.strip()).startsWith("<section id=\"certification\"").endsWith("</section>")
                .contains("Now: <strong>1%</strong>").doesNotContain("<html").doesNotContain("data-goal=");

        String check = given().auth().oauth2(alice).get("/learn/certification?goal=" + FakeServices.CERTIFY_GOAL)
                .then().statusCode(200).extract().asString();
        assertThat(check).contains("data-goal=\"" + FakeServices.CERTIFY_GOAL + "\"")
                .contains("Now: <strong>94%</strong>");
        JsonPath sent = FakeServicesClient.last("GET", "/recommender/api/learners/me/path");
        assertThat(sent.getString("query")).isEqualTo("goal=" + FakeServices.CERTIFY_GOAL);
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + alice);

        given().auth().oauth2(alice).get("/learn/certification?goal=data-analyst").then().statusCode(404);
        given().auth().oauth2(alice).get("/learn/certification?goal=" + FakeServices.UNKNOWN_GOAL).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.learner(FakeServices.NO_GOAL_USER)).get("/learn/certification").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.user("ada", "author").sign()).get("/learn/certification").then()
                .statusCode(403);
    }

    @Test
    void aLearnerWithoutAGoalSeesOnlyThePicker() {
        String page = given().auth().oauth2(TestTokens.learner(FakeServices.NO_GOAL_USER)).get("/learn")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("id=\"goal-form\"").contains("Choose what you want to learn")
                .contains("<option value=\"\">Choose a goal…</option>")
                .doesNotContain(" selected>").doesNotContain("<learnpath-").doesNotContain("id=\"reviews\"")
                .doesNotContain("learnpath-elements.js");
    }

    @Test
    void choosingAGoalSetsItAtTheRecommenderThenShowsThePage() {
        given().auth().oauth2(alice).redirects().follow(false).formParam("goal", "data-analyst").post("/learn")
                .then().statusCode(303).header("Location", endsWith("/learn"));

        JsonPath sent = FakeServicesClient.last();
        assertThat(sent.getString("method")).isEqualTo("PUT");
        assertThat(sent.getString("path")).isEqualTo("/recommender/api/learners/me/goal");
        assertThat(sent.getString("body")).isEqualTo("{\"goalSlug\":\"data-analyst\"}");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + alice);
    }

    @Test
    void aGoalTheRecommenderRefusesIsShownNextToTheFieldWithTheChoiceKept() {
        String page = given().auth().oauth2(alice).formParam("goal", FakeServices.UNKNOWN_GOAL).post("/learn")
                .then().statusCode(400).contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("class=\"lp-field-error\" data-field=\"goal\"")
                .contains("no goal &#39;retired-goal&#39; in the catalog")
                .doesNotContain("<option value=\"ml-foundations\" selected>");
    }

    @Test
    void aMalformedGoalIsRefusedWithoutAskingTheRecommender() {
        given().auth().oauth2(alice).formParam("goal", "data-analyst").redirects().follow(false).post("/learn")
                .then().statusCode(303);

        String page = given().auth().oauth2(alice).formParam("goal", "<script>alert(1)</script>").post("/learn")
                .then().statusCode(400).extract().asString();

        assertThat(page).contains("data-field=\"goal\"").doesNotContain("<script>alert(1)");
        assertThat(FakeServicesClient.last().getString("method")).isEqualTo("GET");
    }

    @Test
    void aWriteFromAnotherSiteIsRefused() {
        given().auth().oauth2(alice).header("Origin", "https://evil.example").formParam("goal", "data-analyst")
                .post("/learn").then().statusCode(403).body(containsString("id=\"forbidden\""));
    }

    @Test
    void aUserWithoutTheLearnerRoleGetsTheForbiddenPage() {
        String authorOnly = TestTokens.user("ada", "author").sign();

        given().auth().oauth2(authorOnly).get("/learn").then().statusCode(403)
                .body(containsString("id=\"forbidden\"")).body(not(containsString("goal-form")));
        given().auth().oauth2(authorOnly).get("/learn/history").then().statusCode(403);
    }

    @Test
    void theHistoryListsTheLearnersAnswersNewestFirst() {
        String page = given().auth().oauth2(alice).get("/learn/history")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<table id=\"history\">");
        assertThat(count(page, "<tr class=\"lp-attempt\"")).isEqualTo(2);
        assertThat(page).contains("data-item-id=\"7f3e9c10-1111-4000-8000-00000000000a\" data-correct=\"true\"")
                .contains(">7f3e9c10<").contains("Correct").contains("Incorrect").contains("a, c").contains("50 %")
                .contains("3 May 2026, 09:00 UTC");
        assertThat(page.indexOf("7f3e9c10")).isLessThan(page.indexOf("9a1d2e30"));
        assertThat(FakeServicesClient.last().getString("query")).isEqualTo("page=0&size=20");
    }

    @Test
    void historyPagesAreAskedForByNumberAndNonsenseIsRefused() {
        String older = given().auth().oauth2(alice).get("/learn/history?page=1")
                .then().statusCode(200).extract().asString();

        assertThat(older).contains("There are no older answers").contains("<table id=\"history\">")
                .doesNotContain("class=\"lp-attempt\"").contains("href=\"/learn/history?page=0\"");
        assertThat(FakeServicesClient.last().getString("query")).isEqualTo("page=1&size=20");
        given().auth().oauth2(alice).get("/learn/history?page=-1").then().statusCode(400)
                .body(containsString("lp-error"));
        given().auth().oauth2(alice).get("/learn/history?page=abc").then().statusCode(400);
    }

    private static String section(String page, String id) {
        Matcher m = Pattern.compile("<section id=\"" + id + "\".*?</section>", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("section #" + id).isTrue();
        return m.group();
    }

    /** The texts of the skills still to check, in the order shown. */
    private static List<String> skills(String block) {
        Matcher m = Pattern.compile("<li class=\"lp-skill-to-check\"[^>]*>(.*?)</li>").matcher(block);
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
