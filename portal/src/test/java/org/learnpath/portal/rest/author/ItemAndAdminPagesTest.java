package org.learnpath.portal.rest.author;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.learnpath.portal.FakeServices.DRAFT_ITEM;
import static org.learnpath.portal.FakeServices.NEW_ITEM;
import static org.learnpath.portal.FakeServices.PUBLISHED_ITEM;
import static org.learnpath.portal.FakeServicesClient.last;
import static org.learnpath.portal.FakeServicesClient.requests;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.FakeServicesClient;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/** The item bank pages and the admin page against fake services. */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class ItemAndAdminPagesTest {

    private final String author = TestTokens.author("ada");
    private final String admin = TestTokens.admin("root");

    private static Map<String, String> singleChoice() {
        Map<String, String> form = new HashMap<>();
        form.put("type", "SINGLE_CHOICE");
        form.put("stem", "Which join keeps every row of the left table?");
        form.put("choices", "a | Inner join\nb | Left join");
        form.put("correctChoice", "b");
        form.put("explanation", "A left join keeps all rows of the left table.");
        form.put("difficulty", "0.5");
        form.put("skills", "sql-joins");
        return form;
    }

    @Test
    void theItemListHasOneRowPerItemAndPassesTheFiltersOn() {
        String page = given().auth().oauth2(author).queryParam("skill", "sql-joins").queryParam("status", "draft")
                .get("/author/items").then().statusCode(200).extract().asString();

        assertThat(page).contains("<tr class=\"lp-item\" data-item-id=\"" + DRAFT_ITEM + "\">")
                .contains("<tr class=\"lp-item\" data-item-id=\"" + PUBLISHED_ITEM + "\">")
                .contains("<input id=\"skill\" name=\"skill\" value=\"sql-joins\"")
                .contains("<option value=\"DRAFT\" selected>Draft</option>")
                .contains("id=\"new-item\"");
        assertThat(last("GET", "/assessment/api/items").getString("query"))
                .contains("skill=sql-joins").contains("status=DRAFT");
    }

    @Test
    void aMiddlePageOfTheItemsLinksBothWaysWithTheFiltersKept() {
        String page = given().auth().oauth2(author).queryParam("skill", "sql-joins").queryParam("page", "1")
                .get("/author/items").then().statusCode(200).extract().asString();

        assertThat(page).contains("<nav aria-label=\"Pages of items\">")
                .contains("<p>Page 2 of 3.")
                .contains("<a rel=\"prev\" href=\"/author/items?skill=sql-joins&amp;page=0\">Previous page</a>")
                .contains("<a rel=\"next\" href=\"/author/items?skill=sql-joins&amp;page=2\">Next page</a>");
        assertThat(given().auth().oauth2(author).get("/author/items").then().statusCode(200).extract().asString())
                .doesNotContain("<nav aria-label=\"Pages of items\">");
    }

    @Test
    void aDraftShowsItsPreviewKeyStatsPublishButtonAndEditForm() {
        String page = given().auth().oauth2(author).get("/author/items/" + DRAFT_ITEM)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<section class=\"lp-preview\"")
                .contains("<li><strong>b</strong> Left join</li>")
                .contains("<strong id=\"item-status\" class=\"lp-status-DRAFT\">DRAFT</strong>")
                .contains("<dd id=\"item-answer\">Choice b</dd>")
                .contains("<dl id=\"item-stats\">")
                .contains("<dd class=\"lp-stat-answers\">12</dd>")
                .contains("<dd class=\"lp-stat-share-correct\">75 %</dd>")
                .contains("<dd class=\"lp-stat-learned-difficulty\">not learned yet</dd>")
                .contains("<button id=\"publish\" type=\"submit\">Publish</button>")
                .contains("id=\"retire\"")
                .contains("<form id=\"item-form\" method=\"post\" action=\"/author/items/" + DRAFT_ITEM + "\" novalidate>")
                .contains(">a | Inner join\nb | Left join</textarea>")
                .contains("<option value=\"SINGLE_CHOICE\" selected>Single choice</option>");
    }

    @Test
    void aPublishedItemShowsWhatTheRecommenderLearned() {
        String page = given().auth().oauth2(author).get("/author/items/" + PUBLISHED_ITEM)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<dd class=\"lp-stat-learned-difficulty\">+0.42 (from 12 answers)</dd>")
                .contains("Learners type a number.")
                .contains("<dd id=\"item-answer\">5</dd>")
                .doesNotContain("id=\"publish\"").contains("id=\"retire\"");
    }

    @Test
    void publishingSendsTheVersionAndRedirects() {
        given().auth().oauth2(author).redirects().follow(false).formParam("etag", "\"2\"")
                .post("/author/items/" + DRAFT_ITEM + "/publish")
                .then().statusCode(303).header("Location", endsWith("/author/items/" + DRAFT_ITEM + "?published=1"));

        assertThat(last("POST", "/assessment/api/items/" + DRAFT_ITEM + "/publish")
                .getString("headers.if-match")).isEqualTo("\"2\"");
    }

    @Test
    void creatingAnItemSendsTheTypesAnswerOnlyThenShowsTheNewItem() {
        given().auth().oauth2(author).redirects().follow(false).formParams(singleChoice()).post("/author/items")
                .then().statusCode(303).header("Location", endsWith("/author/items/" + NEW_ITEM + "?saved=1"));

        JsonPath body = new JsonPath(last("POST", "/assessment/api/items").getString("body"));
        assertThat(body.getString("type")).isEqualTo("SINGLE_CHOICE");
        assertThat(body.getString("choices[1].key")).isEqualTo("b");
        assertThat(body.getString("answer.choice")).isEqualTo("b");
        assertThat(body.getDouble("difficulty")).isEqualTo(0.5);
    }

    @Test
    void aWrongItemFormComesBackWithErrorsAtItsFields() {
        Map<String, String> form = singleChoice();
        form.put("correctChoice", "c");
        form.put("difficulty", "9");

        String page = given().auth().oauth2(author).formParams(form).post("/author/items")
                .then().statusCode(400).extract().asString();

        assertThat(page).contains("data-field=\"correctChoice\">Must be the key of one of the choices (a, b).</p>")
                .contains("data-field=\"difficulty\">A number from -4 (easy) to 4 (hard).</p>")
                .contains("value=\"c\"");
    }

    @Test
    void aStaleItemEditKeepsTheInputAndOffersAReload() {
        Map<String, String> form = singleChoice();
        form.put("etag", FakeServices.STALE);
        form.put("stem", "Which join keeps all rows of the left table?");

        String page = given().auth().oauth2(author).formParams(form).post("/author/items/" + DRAFT_ITEM)
                .then().statusCode(412).extract().asString();

        assertThat(page).contains("Someone else changed this item since you opened it.")
                .contains("<a id=\"reload\" href=\"/author/items/" + DRAFT_ITEM + "\">")
                .contains(">Which join keeps all rows of the left table?</textarea>");
    }

    @Test
    void anAddressThatIsNoItemIdIsNotFound() {
        given().auth().oauth2(author).get("/author/items/not-a-uuid").then().statusCode(404)
                .body(containsString("lp-error"));
    }

    @Test
    void theAdminPageShowsEverySkillsParametersWithItsName() {
        String page = given().auth().oauth2(admin).get("/admin").then().statusCode(200).extract().asString();

        assertThat(page).contains("<table id=\"skill-parameters\"")
                .contains("<tr class=\"lp-skill-parameters\" data-skill=\"sql-joins\">")
                .contains("Joining tables <span class=\"lp-muted\">(sql-joins)</span>")
                .contains("<td>0.125</td>")
                .contains("<button id=\"refit\" type=\"submit\"")
                .doesNotContain("id=\"refit-result\"");
    }

    @Test
    void aRefitRedirectsToThePageThatReportsIt() {
        String location = given().auth().oauth2(admin).redirects().follow(false).post("/admin/refit")
                .then().statusCode(303).extract().header("Location");
        assertThat(location).contains("/admin?refitAt=2026-05-03T10%3A00%3A00Z").contains("refitAnswers=1234");
        last("POST", "/recommender/api/refits");

        // The Location is encoded already: sent as it is, as a browser would follow it.
        String page = given().urlEncodingEnabled(false).auth().oauth2(admin)
                .get(location.substring(location.indexOf("/admin")))
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<div id=\"refit-result\" class=\"lp-notice\" role=\"status\">")
                .contains("The refit read 1,234 answers in 850 ms: 1 skill fitted, 1 skipped.")
                .contains("pandas-intro");
    }

    @Test
    void theAdminPageIsForAdminsOnly() {
        given().auth().oauth2(author).get("/admin").then().statusCode(403).body(containsString("id=\"forbidden\""));
        given().auth().oauth2(author).post("/admin/refit").then().statusCode(403);
        assertThat(requests()).noneMatch(r -> "/recommender/api/refits".equals(r.get("path"))
                && ("Bearer " + author).equals(FakeServicesClient.header(r, "authorization")));
    }
}
