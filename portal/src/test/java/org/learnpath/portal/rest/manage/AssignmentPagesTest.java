package org.learnpath.portal.rest.manage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.learnpath.portal.FakeServicesClient.last;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/**
 * The assignment pages against fake services: the list, the progress report and the skill-gap heatmap of one
 * assignment, their downloads, and withdrawing.
 */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class AssignmentPagesTest {

    private static final String PAGE = "/manage/assignments/" + FakeServices.ASSIGNMENT;

    private final String maria = TestTokens.manager("maria");

    @Test
    void theListLinksEachAssignmentAndItsWithdrawal() {
        String page = given().auth().oauth2(maria).get("/manage/assignments")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("<tr class=\"lp-assignment-row\" data-assignment-id=\"" + FakeServices.ASSIGNMENT
                        + "\" data-goal=\"data-analyst\">")
                .contains("<a class=\"lp-assignment\" href=\"" + PAGE + "\">Data Analyst<span class=\"lp-visually-hidden\">"
                        + " for Data crew</span></a>")
                .contains("<time datetime=\"2031-01-31\">31 Jan 2031</time>")
                .contains("Named learners only")
                .contains("<a class=\"lp-withdraw\" href=\"" + PAGE + "/withdraw\">Withdraw")
                .doesNotContain("style=\"").doesNotContain("<script>");
        assertThat(last("GET", "/recommender/api/assignments").getString("query")).isEqualTo("page=0&size=20");
    }

    @Test
    void theAssignmentPageShowsTheProgressTableWithStatusInWordsAndColour() {
        String page = given().auth().oauth2(maria).get(PAGE + "?assigned=1")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Progress on Data Analyst</h1>").contains("The goal is assigned.")
                .contains("Assigned to Data crew on 1 May 2026.")
                .contains("<li class=\"lp-status lp-progress-AT_RISK\" data-status=\"AT_RISK\"><strong>1</strong> At risk</li>")
                .contains("<li data-status=\"ALL\"><strong>2</strong> Learners</li>");
        String alice = row(page, "alice-id");
        assertThat(alice).contains("data-status=\"AT_RISK\"")
                .contains("<span class=\"lp-status lp-progress-AT_RISK\">At risk</span>")
                .contains("Alice Learner").contains("42 %").contains("(5 of 12 skills)").contains("<td>37</td>")
                .contains("<td>1 h 15 min</td>")
                .contains("<time datetime=\"2026-05-03T09:00:00Z\">3 May 2026, 09:00 UTC</time>")
                .contains("<time datetime=\"2026-06-01T00:00:00Z\">1 Jun 2026</time>");
        String bob = row(page, "bob-id");
        assertThat(bob).contains("<span class=\"lp-status lp-progress-DONE\">Done</span>").contains("<th scope=\"row\">bob-id</th>")
                .contains("Done on 2 May 2026").contains("<td>2 h 01 min</td>");
        assertThat(page.indexOf("data-learner-id=\"alice-id\"")).isLessThan(page.indexOf("data-learner-id=\"bob-id\""));
        assertThat(last("GET", PAGE_API + "/progress").getString("query")).isEqualTo("page=0&size=50");
        assertThat(last("GET", PAGE_API + "/progress").getString("headers.authorization")).isEqualTo("Bearer " + maria);
    }

    @Test
    void theHeatmapIsAnSvgWithACountInEveryCellAndATableAlternative() {
        String page = given().auth().oauth2(maria).get(PAGE).then().statusCode(200).extract().asString();

        Matcher svg = Pattern.compile("<svg id=\"heatmap\".*?</svg>", Pattern.DOTALL).matcher(page);
        assertThat(svg.find()).isTrue();
        String picture = svg.group();
        assertThat(picture).contains("role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\"")
                .contains("<title id=\"heatmap-title\">Skill gaps of Data Analyst</title>")
                .contains("width=\"800\" height=\"118\" viewBox=\"0 0 800 118\"")
                .contains(">Not started</text>").contains(">Mastered</text>")
                .contains("<g class=\"lp-heat-row\" data-skill=\"sql-select\">")
                .contains("<title>Selecting rows, Developing: 1 learner of 2</title>")
                .contains("<title>Joining tables &lt;and&gt; keys, Not started: 1 learner of 2</title>");
        // Eight cells, each with its count as text; the shade follows the share of learners (1 of 2: shade 3).
        assertThat(count(picture, "<g class=\"lp-heat-cell\"")).isEqualTo(8);
        assertThat(picture).contains("<g class=\"lp-heat-cell\" data-band=\"MASTERED\" data-count=\"1\">")
                .contains("<rect class=\"lp-heat-3\"").contains("<rect class=\"lp-heat-0\"")
                .contains(">1</text>").contains(">0</text>");
        assertThat(picture.indexOf("sql-select")).isLessThan(picture.indexOf("sql-joins"));
        assertThat(page).contains("<table id=\"skill-gaps-table\">")
                .contains("<th scope=\"col\">Developing <span class=\"lp-muted\">(mastery 40 % to below 95 %)</span></th>")
                .contains("<th scope=\"col\">Mastered <span class=\"lp-muted\">(mastery 95 % or more)</span></th>")
                .contains("<tr data-skill=\"sql-joins\"><th scope=\"row\">Joining tables &lt;and&gt; keys</th><td>1</td><td>1</td><td>0</td><td>0</td><td>10 %</td></tr>");
        assertThat(last("GET", PAGE_API + "/skill-gaps").getString("query")).isEqualTo("page=0&size=100");
    }

    @Test
    void theStatusFilterIsPassedOnAndKeptOnTheDownloadLinks() {
        String page = given().auth().oauth2(maria).queryParam("status", "at_risk").get(PAGE)
                .then().statusCode(200).extract().asString();

        assertThat(last("GET", PAGE_API + "/progress").getString("query")).isEqualTo("status=AT_RISK&page=0&size=50");
        assertThat(page).contains("<option value=\"AT_RISK\" selected>At risk</option>")
                .contains("href=\"" + PAGE + "/progress.csv?status=AT_RISK\"")
                .contains("href=\"" + PAGE + "/progress.json?status=AT_RISK\"")
                .contains("href=\"" + PAGE + "/skill-gaps.csv\"")
                .doesNotContain("data-learner-id=\"bob-id\"");

        given().auth().oauth2(maria).queryParam("status", "<b>nonsense</b>").get(PAGE).then().statusCode(200)
                .body(containsString("<option value=\"\">With any status</option>"));
        assertThat(last("GET", PAGE_API + "/progress").getString("query")).isEqualTo("page=0&size=50");
    }

    @Test
    void theProgressDownloadsAsACsvAttachmentAskedForWithTheUsersToken() {
        ExtractableResponse<Response> file = given().auth().oauth2(maria).get(PAGE + "/progress.csv?status=AT_RISK")
                .then().statusCode(200).extract();

        assertThat(file.header("Content-Type")).startsWith("text/csv");
        assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"assignment-progress.csv\"");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        assertThat(file.asString().lines().findFirst()).hasValue(FakeServices.PROGRESS_CSV_HEADER);
        var sent = last("GET", PAGE_API + "/progress");
        assertThat(sent.getString("headers.accept")).contains("text/csv");
        assertThat(sent.getString("query")).as("the whole report, in the largest page").isEqualTo("status=AT_RISK&page=0&size=1000");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + maria);
    }

    @Test
    void theSkillGapsDownloadAsCsvAndBothReportsAsJson() {
        ExtractableResponse<Response> csv = given().auth().oauth2(maria).get(PAGE + "/skill-gaps.csv")
                .then().statusCode(200).extract();
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"skill-gaps.csv\"");
        assertThat(csv.asString()).startsWith(FakeServices.SKILL_GAPS_CSV_HEADER + "\r\n");

        ExtractableResponse<Response> json = given().auth().oauth2(maria).get(PAGE + "/progress.json")
                .then().statusCode(200).extract();
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.header("Content-Disposition")).isEqualTo("attachment; filename=\"assignment-progress.json\"");
        assertThat(json.jsonPath().getString("items[0].learnerId")).isEqualTo("alice-id");
        assertThat(last("GET", PAGE_API + "/progress").getString("headers.accept")).doesNotContain("text/csv");

        given().auth().oauth2(maria).get(PAGE + "/skill-gaps.json").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"skill-gaps.json\"");
        given().auth().oauth2(maria).get(PAGE + "/skill-gaps.xml").then().statusCode(404);
    }

    @Test
    void aReportTheRecommenderDoesNotServeLeavesTheRestOfThePage() {
        String page = given().auth().oauth2(maria).get("/manage/assignments/" + FakeServices.ASSIGNMENT_WITHOUT_REPORTS)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Progress on Data Analyst</h1>")
                .contains("<p id=\"progress-error\" class=\"lp-error\" role=\"alert\">The team progress report could"
                        + " not be shown (Resource not found")
                .contains("<p id=\"gaps-error\" class=\"lp-error\" role=\"alert\">The skill gaps could not be shown")
                .doesNotContain("<svg");
        given().auth().oauth2(maria).get("/manage/assignments/" + FakeServices.ASSIGNMENT_WITHOUT_REPORTS
                + "/progress.csv").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("lp-error"));
    }

    @Test
    void anUnknownAssignmentIsANotFoundPage() {
        given().auth().oauth2(maria).get("/manage/assignments/6f1d2b00-5555-4000-8000-0000000000aa")
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("lp-error"));
        given().auth().oauth2(maria).get("/manage/assignments/nonsense").then().statusCode(404)
                .body(containsString("There is no assignment at this address."));
    }

    @Test
    void withdrawingAsksFirstThenDeletesTheAssignment() {
        String confirm = given().auth().oauth2(maria).get(PAGE + "/withdraw").then().statusCode(200).extract().asString();
        assertThat(confirm).contains("<h1>Withdraw this assignment?</h1>")
                .contains("<form id=\"withdraw-form\" method=\"post\" action=\"" + PAGE + "/withdraw\">")
                .contains("The goal <strong>Data Analyst</strong>, assigned to Data crew");

        given().auth().oauth2(maria).redirects().follow(false).formParam("confirm", "yes").post(PAGE + "/withdraw")
                .then().statusCode(303).header("Location", endsWith("/manage/assignments?withdrawn=1"));
        assertThat(org.learnpath.portal.FakeServicesClient.last().getString("method")).isEqualTo("DELETE");
        assertThat(org.learnpath.portal.FakeServicesClient.last().getString("path")).isEqualTo(PAGE_API);

        given().auth().oauth2(maria).header("Origin", "https://evil.example").formParam("confirm", "yes")
                .post(PAGE + "/withdraw").then().statusCode(403);
    }

    @Test
    void aLearnerMayNotSeeAssignments() {
        given().auth().oauth2(TestTokens.learner("alice")).get(PAGE).then().statusCode(403);
        given().auth().oauth2(TestTokens.learner("alice")).get(PAGE + "/progress.csv").then().statusCode(403);
    }

    private static final String PAGE_API = "/recommender/api/assignments/" + FakeServices.ASSIGNMENT;

    private static String row(String page, String learner) {
        Matcher m = Pattern.compile("<tr class=\"lp-progress-row\" data-learner-id=\"" + learner + "\".*?</tr>",
                Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("row of " + learner).isTrue();
        return m.group();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
