package org.learnpath.portal.rest.learner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.learnpath.portal.FakeServicesClient.last;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/** The learner's assignments page, and /learn showing an assigned goal's path without changing the chosen goal. */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class LearnerAssignmentsTest {

    private final String alice = TestTokens.learner("alice");

    @Test
    void theAssignmentsPageListsEachGoalWithItsDueDateProgressAndPathLink() {
        String page = given().auth().oauth2(alice).get("/learn/assignments")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("<a id=\"nav-my-assignments\" href=\"/learn/assignments\">My assignments</a>")
                .doesNotContain("style=\"").doesNotContain("<script>");
        String open = row(page, FakeServices.ASSIGNMENT);
        assertThat(open).contains("<th scope=\"row\">Data Analyst</th>")
                .contains("<time datetime=\"2031-01-31\">31 Jan 2031</time>").doesNotContain("Overdue")
                .contains("40 % mastered (2 of 5 modules)")
                .contains("<a class=\"lp-open-path\" href=\"/learn?goal=data-analyst\">Open the path"
                        + "<span class=\"lp-visually-hidden\"> to Data Analyst</span></a>");
        String done = row(page, "6f1d2b00-5555-4000-8000-000000000011");
        assertThat(done).contains("<span class=\"lp-status lp-progress-DONE\">Completed</span> on <time"
                + " datetime=\"2020-02-03T08:00:00Z\">3 Feb 2020, 08:00 UTC</time>").doesNotContain("Overdue");
        String gone = row(page, "6f1d2b00-5555-4000-8000-000000000012");
        assertThat(gone).contains("<th scope=\"row\">old-goal</th>").contains("This goal is no longer offered")
                .contains("Overdue").doesNotContain("lp-open-path");
        assertThat(last("GET", "/recommender/api/learners/me/assignments").getString("headers.authorization"))
                .isEqualTo("Bearer " + alice);
    }

    @Test
    void anAssignedGoalsPathIsShownWithTheElementsAskingForThatGoal() {
        String page = given().auth().oauth2(alice).get("/learn?goal=data-analyst")
                .then().statusCode(200).extract().asString();

        assertThat(last("GET", "/recommender/api/learners/me/path").getString("query")).isEqualTo("goal=data-analyst");
        assertThat(page).contains("<h1>My path: Data Analyst</h1>")
                .contains("Your own goal stays ML Foundations")
                .contains("<input type=\"hidden\" name=\"goal\" value=\"data-analyst\">")
                .contains("<learnpath-path-graph id=\"path-graph\" goal=\"data-analyst\">")
                .contains("<learnpath-next-step id=\"next-step\" goal=\"data-analyst\">")
                .contains("<learnpath-item-player id=\"item-player\" goal=\"data-analyst\">")
                // The picker still shows the chosen goal: looking at another goal does not change it.
                .contains("<option value=\"ml-foundations\" selected>ML Foundations</option>");
    }

    @Test
    void theChosenGoalOrANonsenseGoalShowsThePageAsWithout() {
        String own = given().auth().oauth2(alice).get("/learn?goal=ml-foundations")
                .then().statusCode(200).extract().asString();
        assertThat(own).contains("<learnpath-path-graph id=\"path-graph\">").doesNotContain("id=\"viewing\"");

        String nonsense = given().auth().oauth2(alice).get("/learn?goal=%3Cscript%3E")
                .then().statusCode(200).extract().asString();
        assertThat(nonsense).contains("<learnpath-path-graph id=\"path-graph\">").doesNotContain("id=\"viewing\"")
                .doesNotContain("<script>");
        assertThat(last("GET", "/recommender/api/learners/me/path").getString("query")).isNull();
    }

    @Test
    void aGoalNoLongerOfferedFallsBackToTheChosenGoalWithANotice() {
        String page = given().auth().oauth2(alice).get("/learn?goal=" + FakeServices.UNKNOWN_GOAL)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("The goal &quot;retired-goal&quot; is not offered to you (any more). Your own goal"
                + " is shown instead.").contains("<h1>My path: ML Foundations</h1>")
                .contains("<learnpath-path-graph id=\"path-graph\">");
    }

    @Test
    void onlyLearnersHaveAssignments() {
        given().auth().oauth2(TestTokens.user("ada", "author").sign()).get("/learn/assignments").then()
                .statusCode(403);
    }

    private static String row(String page, String assignment) {
        Matcher m = Pattern.compile("<tr class=\"lp-my-assignment\" data-assignment-id=\"" + assignment + "\".*?</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row of " + assignment).isTrue();
        return m.group();
    }
}
