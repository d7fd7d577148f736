package org.learnpath.portal.rest.author;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.learnpath.portal.FakeServices.DRAFT_ITEM;
import static org.learnpath.portal.FakeServices.LINTED_SKILL;
import static org.learnpath.portal.FakeServices.LINT_DOWN;
import static org.learnpath.portal.FakeServices.LONGEST_KEY_WARNING;
import static org.learnpath.portal.FakeServices.NEW_ITEM;
import static org.learnpath.portal.FakeServices.PUBLISHED_ITEM;
import static org.learnpath.portal.FakeServices.STEM_WARNING;
import static org.learnpath.portal.FakeServicesClient.last;
import static org.learnpath.portal.FakeServicesClient.requests;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.portal.SignedInProfile;
import org.learnpath.testinfra.TestTokens;

/**
 * The item linter on the author pages, against fake services: an item's warnings after a save and on its page (next
 * to the fields they concern and in a list, as words), an item the linter finds broken refused at its fields, and a
 * skill's item checks (the bank checks' verdicts, the items with warnings linked).
 */
@QuarkusTest
@TestProfile(SignedInProfile.class)
class ItemChecksPagesTest {

    private final String author = TestTokens.author("ada");

    private static Map<String, String> keyByFarTheLongest() {
        Map<String, String> form = new HashMap<>();
        form.put("type", "SINGLE_CHOICE");
        form.put("stem", "Which join keeps every row of the left table?");
        form.put("choices", "a | Inner join\nb | A left join, which keeps every row of the left table\nc | Cross join");
        form.put("correctChoice", "b");
        form.put("explanation", "A left join keeps all rows of the left table.");
        form.put("difficulty", "0.5");
        form.put("skills", "sql-joins");
        return form;
    }

    private static String escaped(String text) {
        return text.replace("'", "&#39;");
    }

    @Test
    void afterSavingANewItemItsWarningsShowAtTheirFieldsAndInAList() {
        String location = given().auth().oauth2(author).redirects().follow(false).formParams(keyByFarTheLongest())
                .post("/author/items").then().statusCode(303)
                .header("Location", endsWith("/author/items/" + NEW_ITEM + "?saved=1")).extract().header("Location");

        String page = given().auth().oauth2(author).get(location.substring(location.indexOf("/author")))
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("role=\"status\">Saved, with 2 warnings from the item checks: see them below.</p>")
                .contains("<h2 id=\"checks-heading\">Item checks</h2>")
                .contains("<ul id=\"item-warnings\">")
                .contains("<li class=\"lp-warning\" data-rule=\"longest-key\" data-field=\"choices\">"
                        + "<strong>Warning:</strong>")
                .contains("<a href=\"#choices\">Choice b</a>: " + LONGEST_KEY_WARNING)
                .contains("<a href=\"#stem\">Question</a>: " + escaped(STEM_WARNING))
                .contains("<span class=\"lp-muted\">(rule longest-key)</span>")
                // Next to the field, and read with it.
                .contains("<p id=\"choices-warning\" class=\"lp-field-warning\" data-field=\"choices\"><strong>Warning:"
                        + "</strong> Choice b: " + LONGEST_KEY_WARNING + "</p>")
                .contains("aria-describedby=\"choices-hint choices-warning\"")
                .contains("<p id=\"stem-warning\" class=\"lp-field-warning\" data-field=\"stem\">")
                .contains("aria-describedby=\"stem-hint stem-warning\"")
                .doesNotContain("id=\"correctChoice-warning\"")
                // Not blocking: the item was saved, and can be published.
                .doesNotContain("class=\"lp-error\"")
                .contains("<button id=\"publish\" type=\"submit\">Publish</button>");
    }

    @Test
    void afterEditingAnItemItsPageShowsTheWarningsTheServiceFinds() {
        Map<String, String> form = keyByFarTheLongest();
        form.put("choices", "a | Inner join\nb | Left join");
        form.put("etag", "\"2\"");
        given().auth().oauth2(author).redirects().follow(false).formParams(form).post("/author/items/" + DRAFT_ITEM)
                .then().statusCode(303).header("Location", endsWith("/author/items/" + DRAFT_ITEM + "?saved=1"));

        String page = given().auth().oauth2(author).queryParam("saved", "1").get("/author/items/" + DRAFT_ITEM)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("Saved, with 1 warning from the item checks: see them below.")
                .contains("<li class=\"lp-warning\" data-rule=\"stem-reveals-key\" data-field=\"stem\">")
                .contains("<p id=\"stem-warning\" class=\"lp-field-warning\" data-field=\"stem\"><strong>Warning:"
                        + "</strong> Question: " + escaped(STEM_WARNING) + "</p>")
                .doesNotContain("id=\"choices-warning\"");
    }

    @Test
    void anItemTheChecksFindNothingInSaysSo() {
        String page = given().auth().oauth2(author).get("/author/items/" + PUBLISHED_ITEM)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<p id=\"checks-none\">The item checks found nothing to improve.</p>")
                .doesNotContain("id=\"item-warnings\"").doesNotContain("lp-field-warning");
    }

    @Test
    void theItemListSaysWhichItemsHaveWarnings() {
        String page = given().auth().oauth2(author).get("/author/items").then().statusCode(200).extract().asString();

        assertThat(page).contains("<th scope=\"col\">Item checks</th>")
                .contains("<a href=\"/author/items/" + DRAFT_ITEM + "#item-checks\">1 warning</a>")
                .contains("<td class=\"lp-item-checks\">No warnings</td>");
    }

    @Test
    void anItemTheLinterFindsBrokenComesBackWithTheFindingAtItsField() {
        Map<String, String> form = keyByFarTheLongest();
        form.put("choices", "a | Left join\nb | Inner join\nc | left join");

        String page = given().auth().oauth2(author).formParams(form).post("/author/items")
                .then().statusCode(400).extract().asString();

        assertThat(page).contains("The item was not saved: please correct the fields marked below.")
                .contains("<p id=\"choices-error\" class=\"lp-field-error\" data-field=\"choices\">Choice c: The option"
                        + " repeats option a: each option must say something different.</p>")
                .contains("aria-describedby=\"choices-hint choices-error\" aria-invalid=\"true\"")
                .doesNotContain("(duplicate-options)")
                .contains(">a | Left join\nb | Inner join\nc | left join</textarea>");

        form.put("etag", "\"2\"");
        String edit = given().auth().oauth2(author).formParams(form).post("/author/items/" + DRAFT_ITEM)
                .then().statusCode(400).extract().asString();
        assertThat(edit).contains("data-field=\"choices\">Choice c: The option repeats option a:")
                .contains(">a | Left join\nb | Inner join\nc | left join</textarea>");
    }

    @Test
    void aSkillsPageShowsTheBankChecksAndLinksTheItemsWithWarnings() {
        String page = given().auth().oauth2(author).get("/author/skills/" + LINTED_SKILL)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Skill: Joining tables</h1>")
                .contains("href=\"/author/modules?skill=sql-joins\"").contains("href=\"/author/items?skill=sql-joins\"")
                .contains("<h2 id=\"skill-checks-heading\">Item checks</h2>")
                .contains("2 items checked (drafts and published items).")
                .contains("1 check on the items together fails.")
                .contains("<li class=\"lp-check lp-check-fails\" data-rule=\"bank.longest-key-share\"><strong>Fails:"
                        + "</strong> The correct option as the longest one.")
                .contains("The key is the longest option in 3 of 4 single-choice items (75 %), above the limit of 45 %.")
                .contains("data-rule=\"bank.absolute-word-rates\"><strong>Passes:</strong>")
                .contains("data-rule=\"bank.short-text-forms\"><strong>Not judged:</strong>")
                .contains("<p id=\"flagged-count\">1 item has warnings.</p>")
                .contains("<li class=\"lp-flagged-item\" data-item-id=\"" + DRAFT_ITEM + "\"><a href=\"/author/items/"
                        + DRAFT_ITEM + "#item-checks\">Which join keeps every row of the left table?</a>")
                .contains("Question: " + escaped(STEM_WARNING))
                .doesNotContain("data-item-id=\"" + PUBLISHED_ITEM + "\"");
        assertThat(last("GET", "/assessment/api/reports/skills/sql-joins/lint").getString("query"))
                .contains("page=0").contains("size=100");
    }

    @Test
    void aSkillWhoseChecksCannotBeHadNowStillShowsWhereItIsTaught() {
        String page = given().auth().oauth2(author).get("/author/skills/" + LINT_DOWN)
                .then().statusCode(200).extract().asString();

        assertThat(page).contains("<h1>Skill lint-down</h1>")
                .contains("<p id=\"skill-checks-note\">The item checks are not available right now.</p>")
                .contains("href=\"/author/items?skill=lint-down\"").doesNotContain("id=\"bank-checks\"");
    }

    @Test
    void aSkillNobodyKnowsIsNotFoundAndAnAddressThatIsNoCodeIsNotPassedOn() {
        given().auth().oauth2(author).get("/author/skills/no-such-skill").then().statusCode(404)
                .body(containsString("lp-error"));
        int before = requests().size();
        given().auth().oauth2(author).get("/author/skills/Not_A_Code").then().statusCode(404);
        assertThat(requests().subList(before, requests().size()))
                .noneMatch(r -> String.valueOf(r.get("path")).contains("Not_A_Code"));
    }

    @Test
    void theSkillListLinksEachSkillToItsChecks() {
        String page = given().auth().oauth2(author).get("/author/skills").then().statusCode(200).extract().asString();

        assertThat(page).contains("<a class=\"lp-skill\" href=\"/author/skills/sql-joins\">Joining tables</a>")
                .contains("<a class=\"lp-skill-checks\" href=\"/author/skills/sql-joins#skill-checks\">Item checks</a>");
    }
}
