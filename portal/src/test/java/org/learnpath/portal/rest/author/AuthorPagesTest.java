package org.learnpath.portal.rest.author;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.learnpath.portal.FakeServicesClient.last;
import static org.learnpath.portal.FakeServicesClient.requests;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.FakeServices;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/**
 * The author pages against fake services: what they show, what they send (If-Match, request bodies) and how a
 * refusal comes back next to the form's fields with the input kept.
 */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class AuthorPagesTest {

    private final String author = TestTokens.author("ada");
    private final String admin = TestTokens.admin("root");

    private static Map<String, String> moduleForm() {
        return Map.ofEntries(Map.entry("title", "SQL joins, revised"), Map.entry("summary", "Combine tables."),
                Map.entry("area", "DATA_ANALYSIS"), Map.entry("level", "INTERMEDIATE"),
                Map.entry("estimatedMinutes", "50"), Map.entry("outcomes", "Write an inner join\nExplain a left join"),
                Map.entry("resources", "Joins explained | https://example.org/joins | article"),
                Map.entry("skills", "sql-joins"), Map.entry("prerequisites", "sql-basics"),
                Map.entry("etag", "\"3\""));
    }

    @Test
    void theModuleListLinksEachModuleAndPassesTheSearchOn() {
        String page = given().auth().oauth2(author).queryParam("q", "join").queryParam("area", "data_analysis")
                .queryParam("level", "nonsense").get("/author/modules")
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("<a class=\"lp-module\" data-slug=\"sql-joins\" href=\"/author/modules/sql-joins\">SQL joins</a>")
                .contains("id=\"new-module\" class=\"lp-button\" href=\"/author/modules/new\"")
                .contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"join\">")
                .contains("<option value=\"DATA_ANALYSIS\" selected>")
                .doesNotContain("style=\"").doesNotContain("<script>");
        JsonPath sent = last("GET", "/catalog/api/modules");
        assertThat(sent.getString("query")).contains("q=join").contains("area=DATA_ANALYSIS").doesNotContain("level")
                .contains("size=50");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + author);
    }

    @Test
    void theSkillsAreSearchedAndLeadToTheirModulesAndItems() {
        String page = given().auth().oauth2(author).queryParam("q", " join ").queryParam("area", "data_analysis")
                .get("/author/skills").then().statusCode(200).extract().asString();

        assertThat(page).contains("<tr class=\"lp-skill-row\" data-skill=\"sql-joins\">")
                .contains("Joining tables").contains("Data analysis")
                .contains("href=\"/author/modules?skill=sql-joins\"").contains("href=\"/author/items?skill=sql-joins\"")
                .contains("<input id=\"q\" name=\"q\" type=\"search\" value=\" join \">");
        JsonPath sent = last("GET", "/catalog/api/skills");
        assertThat(sent.getString("query")).contains("q=join").contains("area=DATA_ANALYSIS").contains("size=50");
        assertThat(sent.getString("headers.authorization")).isEqualTo("Bearer " + author);
    }

    @Test
    void theModulesOfASkillAreListedAndAnythingElseIsNotPassedOn() {
        String page = given().auth().oauth2(author).queryParam("skill", "sql-joins").get("/author/modules")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"skill-filter\"").contains("<input type=\"hidden\" name=\"skill\" value=\"sql-joins\">");
        assertThat(last("GET", "/catalog/api/modules").getString("query")).contains("skill=sql-joins");

        given().auth().oauth2(author).queryParam("skill", "Not a code!").get("/author/modules").then().statusCode(200)
                .body(org.hamcrest.Matchers.not(containsString("id=\"skill-filter\"")));
        assertThat(last("GET", "/catalog/api/modules").getString("query")).doesNotContain("skill");
    }

    @Test
    void aMiddlePageOfTheModulesLinksBothWaysWithTheSearchKept() {
        String page = given().auth().oauth2(author).queryParam("q", "join").queryParam("page", "1")
                .get("/author/modules").then().statusCode(200).extract().asString();

        assertThat(page).contains("<nav aria-label=\"Pages of modules\">")
                .contains("<p>Page 2 of 3.")
                .contains("<a rel=\"prev\" href=\"/author/modules?q=join&amp;page=0\">Previous page</a>")
                .contains("<a rel=\"next\" href=\"/author/modules?q=join&amp;page=2\">Next page</a>");
    }

    @Test
    void theModulePageFillsTheFormWithTheVersionAndListsTheGoals() {
        String page = given().auth().oauth2(author).get("/author/modules/sql-joins")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<form id=\"module-form\" method=\"post\" action=\"/author/modules/sql-joins\" novalidate>")
                .contains("<input type=\"hidden\" name=\"etag\" value=\"&quot;3&quot;\">")
                .contains("value=\"SQL joins\"")
                .contains(">Combine tables &lt;with&gt; keys.</textarea>")
                .contains(">Write an inner join\nExplain a left join</textarea>")
                .contains(">Joins explained | https://example.org/joins | ARTICLE</textarea>")
                .contains("<option value=\"INTERMEDIATE\" selected>Intermediate</option>")
                .contains("name=\"prerequisites\" value=\"sql-basics\"")
                .contains("<a class=\"lp-goal\" data-slug=\"data-analyst\" href=\"/author/goals/data-analyst\">Data Analyst</a>")
                .contains("id=\"save\"")
                .doesNotContain("name=\"slug\"")
                .doesNotContain("delete-module");
    }

    @Test
    void anAdminAlsoSeesTheDeleteFormWithItsConfirmation() {
        String page = given().auth().oauth2(admin).get("/author/modules/sql-joins")
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<form id=\"delete-module\" method=\"post\" action=\"/author/modules/sql-joins/delete\">")
                .contains("<input id=\"confirm-delete\" name=\"confirm\" type=\"checkbox\" value=\"yes\" required")
                .contains("id=\"delete\"");
    }

    @Test
    void savingSendsTheWholeModuleWithIfMatchThenRedirectsWithANotice() {
        given().auth().oauth2(author).redirects().follow(false).formParams(moduleForm())
                .post("/author/modules/sql-joins")
                .then().statusCode(303).header("Location", endsWith("/author/modules/sql-joins?saved=1"));

        JsonPath sent = last("PUT", "/catalog/api/modules/sql-joins");
        assertThat(sent.getString("headers.if-match")).isEqualTo("\"3\"");
        JsonPath body = new JsonPath(sent.getString("body"));
        assertThat(body.getString("title")).isEqualTo("SQL joins, revised");
        assertThat(body.getString("slug")).isNull();
        assertThat(body.getInt("estimatedMinutes")).isEqualTo(50);
        assertThat(body.getList("outcomes")).containsExactly("Write an inner join", "Explain a left join");
        assertThat(body.getString("resources[0].kind")).isEqualTo("ARTICLE");
        assertThat(body.getList("skills")).containsExactly("sql-joins");
        assertThat(body.getList("prerequisites")).containsExactly("sql-basics");

        String page = given().auth().oauth2(author).get("/author/modules/sql-joins?saved=1")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("<p class=\"lp-notice\" role=\"status\">Saved</p>");
    }

    @Test
    void aPrerequisiteCycleIsShownAtThePrerequisitesWithTheInputKept() {
        Map<String, String> form = new java.util.HashMap<>(moduleForm());
        form.put("prerequisites", "sql-basics, sql-advanced");

        String page = given().auth().oauth2(author).formParams(form).post("/author/modules/sql-joins")
                .then().statusCode(409).contentType(containsString("text/html")).extract().asString();

        assertThat(page).contains("<p id=\"prerequisites-error\" class=\"lp-field-error\" data-field=\"prerequisites\">"
                + "These prerequisites would make a cycle: sql-joins → sql-advanced → sql-joins</p>")
                .contains("aria-describedby=\"prerequisites-hint prerequisites-error\" aria-invalid=\"true\"")
                .contains("name=\"prerequisites\" value=\"sql-basics, sql-advanced\"")
                .contains("value=\"SQL joins, revised\"")
                .doesNotContain("id=\"form-error\"");
    }

    @Test
    void aStaleEditSaysSomeoneElseChangedItAndOffersAReload() {
        Map<String, String> form = new java.util.HashMap<>(moduleForm());
        form.put("etag", FakeServices.STALE);

        String page = given().auth().oauth2(author).formParams(form).post("/author/modules/sql-joins")
                .then().statusCode(412).extract().asString();

        assertThat(page).contains("<div id=\"form-error\" class=\"lp-error\" role=\"alert\">")
                .contains("Someone else changed this module since you opened it. "
                        + "<a id=\"reload\" href=\"/author/modules/sql-joins\">Reload to see their version</a>.")
                .contains("value=\"SQL joins, revised\"");
    }

    @Test
    void aSkillTheCatalogDoesNotKnowIsShownAtTheSkills() {
        Map<String, String> form = new java.util.HashMap<>(moduleForm());
        form.put("skills", "unknown-skill");

        String page = given().auth().oauth2(author).formParams(form).post("/author/modules/sql-joins")
                .then().statusCode(400).extract().asString();

        assertThat(page).contains("data-field=\"skills\">Unknown skill &#39;unknown-skill&#39;.</p>");
    }

    @Test
    void badInputIsRefusedAtItsFieldsWithoutCallingTheCatalog() {
        int before = requests().size();
        Map<String, String> form = new java.util.HashMap<>(moduleForm());
        form.put("title", " ");
        form.put("estimatedMinutes", "lots");
        form.put("resources", "just a title");

        String page = given().auth().oauth2(author).formParams(form).post("/author/modules/sql-joins")
                .then().statusCode(400).extract().asString();

        assertThat(page).contains("data-field=\"title\">Required.</p>")
                .contains("data-field=\"estimatedMinutes\">A whole number of minutes from 5 to 6000.</p>")
                .contains("data-field=\"resources\">Line 1: write title | url | kind.</p>")
                .contains("<textarea id=\"resources\" name=\"resources\" rows=\"5\"")
                .contains(">just a title</textarea>");
        assertThat(requests().subList(before, requests().size()))
                .noneMatch(r -> "PUT".equals(r.get("method")));
    }

    @Test
    void creatingAModuleSendsItsSlugAndATakenSlugIsShownAtTheSlug() {
        Map<String, String> form = new java.util.HashMap<>(moduleForm());
        form.remove("etag");
        form.put("slug", "window-functions");
        given().auth().oauth2(author).redirects().follow(false).formParams(form).post("/author/modules")
                .then().statusCode(303).header("Location", endsWith("/author/modules/window-functions?saved=1"));
        assertThat(new JsonPath(last("POST", "/catalog/api/modules").getString("body")).getString("slug"))
                .isEqualTo("window-functions");

        form.put("slug", "sql-joins");
        String page = given().auth().oauth2(author).formParams(form).post("/author/modules")
                .then().statusCode(409).extract().asString();
        assertThat(page).contains("data-field=\"slug\">A module with this slug exists already")
                .contains("<input id=\"slug\" name=\"slug\" value=\"sql-joins\"");

        String empty = given().auth().oauth2(author).get("/author/modules/new").then().statusCode(200).extract()
                .asString();
        assertThat(empty).contains("<form id=\"module-form\" method=\"post\" action=\"/author/modules\" novalidate>")
                .contains("<option value=\"\">Choose an area</option>");
    }

    @Test
    void onlyAnAdminDeletesAndOnlyWhenConfirmed() {
        given().auth().oauth2(author).redirects().follow(false).formParam("confirm", "yes")
                .post("/author/modules/sql-joins/delete")
                .then().statusCode(403).body(containsString("id=\"forbidden\""));
        assertThat(requests()).noneMatch(r -> "DELETE".equals(r.get("method")) && "/catalog/api/modules/sql-joins".equals(r.get("path")));

        String unconfirmed = given().auth().oauth2(admin).post("/author/modules/sql-joins/delete")
                .then().statusCode(400).extract().asString();
        assertThat(unconfirmed).contains("data-field=\"confirm\">Tick the box");

        given().auth().oauth2(admin).redirects().follow(false).formParam("confirm", "yes")
                .post("/author/modules/sql-joins/delete")
                .then().statusCode(303).header("Location", endsWith("/author/modules?deleted=sql-joins"));
        last("DELETE", "/catalog/api/modules/sql-joins");
        assertThat(given().auth().oauth2(admin).get("/author/modules?deleted=sql-joins").then().statusCode(200)
                .extract().asString()).contains("<p class=\"lp-notice\" role=\"status\">Module sql-joins deleted.</p>");

        String refused = given().auth().oauth2(admin).formParam("confirm", "yes")
                .post("/author/modules/sql-basics/delete").then().statusCode(409).extract().asString();
        assertThat(refused).contains("id=\"delete-error\"").contains("still used; required by modules [sql-joins]");
    }

    @Test
    void aLearnerIsNotLetIn() {
        given().auth().oauth2(TestTokens.learner("lea")).get("/author/modules")
                .then().statusCode(403).body(containsString("id=\"forbidden\""));
        given().auth().oauth2(TestTokens.learner("lea")).get("/author/items")
                .then().statusCode(403).body(containsString("id=\"forbidden\""));
    }

    @Test
    void goalsAreListedAndEditedWithTheirVersion() {
        assertThat(given().auth().oauth2(author).get("/author/goals").then().statusCode(200).extract().asString())
                .contains("<a class=\"lp-goal\" data-slug=\"data-analyst\" href=\"/author/goals/data-analyst\">Data Analyst</a>")
                .contains("<th scope=\"col\">Goal</th>");
        String page = given().auth().oauth2(author).get("/author/goals/data-analyst").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<form id=\"goal-edit-form\" method=\"post\" action=\"/author/goals/data-analyst\" novalidate>")
                .contains(">sql-basics\nsql-joins</textarea>")
                .contains("name=\"etag\" value=\"&quot;5&quot;\"");

        given().auth().oauth2(author).redirects().follow(false)
                .formParams(Map.of("name", "Data Analyst", "description", "Questions from data.",
                        "modules", "sql-basics\nsql-joins\npandas-intro", "etag", "\"5\""))
                .post("/author/goals/data-analyst")
                .then().statusCode(303).header("Location", endsWith("/author/goals/data-analyst?saved=1"));
        JsonPath sent = last("PUT", "/catalog/api/goals/data-analyst");
        assertThat(sent.getString("headers.if-match")).isEqualTo("\"5\"");
        assertThat(new JsonPath(sent.getString("body")).getList("modules"))
                .containsExactly("sql-basics", "sql-joins", "pandas-intro");

        String stale = given().auth().oauth2(author)
                .formParams(Map.of("name", "Data Analyst", "description", "Questions from data.", "modules", "a",
                        "etag", FakeServices.STALE))
                .post("/author/goals/data-analyst").then().statusCode(412).extract().asString();
        assertThat(stale).contains("id=\"form-error\"").contains("Someone else changed this goal");
    }
}
