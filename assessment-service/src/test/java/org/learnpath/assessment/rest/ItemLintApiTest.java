package org.learnpath.assessment.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.count;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/** The item linter as authors meet it: warnings when they write an item, refusal of broken ones, and the reports. */
@QuarkusTest
@LearnPathTestResources
class ItemLintApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String AUTHOR = TestTokens.author("ada");
    private static final String ADMIN = TestTokens.admin("root");
    private static final String LEARNER = TestTokens.learner("alice");

    /** The fixture's item with its key (b) made the longest option by far. */
    private static Map<String, Object> longKey(String skill) {
        Map<String, Object> body = singleChoice(skill, "b");
        body.put("choices", List.of(Map.of("key", "a", "text", "MAE"),
                Map.of("key", "b", "text", "RMSE, the square root of the mean squared error"),
                Map.of("key", "c", "text", "R squared"), Map.of("key", "d", "text", "MAPE")));
        return body;
    }

    @Test
    void writingAnItemReturnsTheLintersWarningsWithoutBlocking() {
        String skill = unique("lint-warn");
        catalogSkills(skill);
        String id = as(AUTHOR).body(longKey(skill)).post("/api/items").then().statusCode(201)
                .body("warnings.rule", hasItem("longest-key")).body("warnings.field", hasItem("choices[1].text"))
                .body("warnings[0].message", org.hamcrest.Matchers.containsString("longest"))
                .extract().path("id");
        String etag = as(AUTHOR).get("/api/items/" + id).then().statusCode(200)
                .body("warnings.rule", hasItem("longest-key")).extract().header("ETag");

        as(AUTHOR).body(singleChoice(skill, "b")).header("If-Match", etag).put("/api/items/" + id).then()
                .statusCode(200).body("warnings", empty());
        as(AUTHOR).get("/api/items?skill=" + skill).then().statusCode(200).body("items[0].warnings", empty());
    }

    @Test
    void anItemTheLinterFindsBrokenIsRefusedAndNotStored() {
        String skill = unique("lint-broken");
        catalogSkills(skill);
        Map<String, Object> duplicate = singleChoice(skill, "b");
        duplicate.put("choices", List.of(Map.of("key", "a", "text", "MAE"), Map.of("key", "b", "text", "RMSE"),
                Map.of("key", "c", "text", "rmse.")));
        as(AUTHOR).body(duplicate).post("/api/items").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:learnpath:problem:validation"))
                .body("errors.field", hasItem("choices[2].text"))
                .body("lint.rule", hasItem("duplicate-options")).body("lint.field", hasItem("choices[2].text"));
        assertThat(count("select count(*) from item_skill where skill_code = ?", skill)).isZero();

        // The service's own checks still come first, with their own fields.
        as(AUTHOR).body(singleChoice(skill, "e")).post("/api/items").then().statusCode(400)
                .body("errors.field", hasItem("answer.choice"));

        String id = as(AUTHOR).body(singleChoice(skill, "b")).post("/api/items").then().statusCode(201)
                .extract().path("id");
        as(AUTHOR).body(duplicate).header("If-Match", "\"0\"").put("/api/items/" + id).then().statusCode(400)
                .contentType(PROBLEM).body("lint.rule", hasItem("duplicate-options"));
        // Refused as a whole: the item keeps its version and its options.
        as(AUTHOR).get("/api/items/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("choices.text", hasItems("MAE", "RMSE", "R squared", "MAPE"));
    }

    @Test
    void aSkillsLintReportShowsItsCountsFiguresAndItemWarnings() {
        String skill = unique("lint-report");
        catalogSkills(skill);
        String flagged = as(AUTHOR).body(longKey(skill)).post("/api/items").then().statusCode(201).extract().path("id");
        as(AUTHOR).body(singleChoice(skill, "b")).post("/api/items").then().statusCode(201);

        as(AUTHOR).get("/api/reports/skills/" + skill + "/lint").then().statusCode(200)
                .body("skill", equalTo(skill))
                .body("byStatus.DRAFT", equalTo(2))
                .body("figures.items", equalTo(2))
                .body("figures.byType.SINGLE_CHOICE", equalTo(2))
                .body("figures.byDifficulty.'0 to 1'", equalTo(2))
                .body("figures.longestKey.items", equalTo(2))
                .body("figures.longestKey.keyLongest", equalTo(1))
                .body("figures.itemWarnings.'longest-key'", equalTo(1))
                .body("figures.checks.rule", hasItems("bank.longest-key-share", "bank.absolute-word-rates",
                        "bank.correct-counts", "bank.near-duplicate-stems", "bank.near-duplicate-options",
                        "bank.short-text-forms"))
                .body("items.total", equalTo(2))
                .body("items.items[0].id", equalTo(flagged))
                .body("items.items[0].findings.rule", hasItem("longest-key"))
                .body("items.items[1].findings", empty());
        as(ADMIN).get("/api/reports/skills/" + skill + "/lint?size=1&page=1").then().statusCode(200)
                .body("items.items.size()", equalTo(1)).body("items.page", equalTo(1));
        as(AUTHOR).get("/api/reports/skills/" + skill + "/lint?status=published").then().statusCode(200)
                .body("figures.items", equalTo(0));

        as(LEARNER).get("/api/reports/skills/" + skill + "/lint").then().statusCode(403);
        as(AUTHOR).get("/api/reports/skills/" + unique("nowhere") + "/lint").then().statusCode(404)
                .contentType(PROBLEM);
        as(AUTHOR).get("/api/reports/skills/Not_A_Code/lint").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("code"));
        as(AUTHOR).get("/api/reports/skills/" + skill + "/lint?size=0").then().statusCode(400)
                .body("errors.field", hasItem("size"));
        as(AUTHOR).get("/api/reports/skills/" + skill + "/lint?status=lost").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void theBankLintReportCoversTheWholeBankPageBySkill() {
        // The seeded bank passes every rule (SeededBankLintTest): drafts of one skill, each with the key the longest
        // option and the same options as the others, make a skill that fails and near-duplicate options.
        String skill = unique("lint-bank");
        catalogSkills(skill);
        for (int i = 0; i < 4; i++) {
            as(AUTHOR).body(longKey(skill)).post("/api/items").then().statusCode(201);
        }
        as(AUTHOR).get("/api/reports/lint?size=5").then().statusCode(200)
                .body("overall.scope", equalTo("overall"))
                .body("overall.items", greaterThanOrEqualTo(467))
                .body("overall.longestKey.items", greaterThanOrEqualTo(308))
                .body("overall.checks.size()", equalTo(6))
                .body("overall.nearDuplicateCounts.options", greaterThanOrEqualTo(1))
                .body("overall.nearDuplicates", empty())
                .body("skills.items.size()", equalTo(5))
                .body("skills.total", greaterThanOrEqualTo(78))
                .body("failingSkills", greaterThanOrEqualTo(1));
        as(ADMIN).get("/api/reports/lint?page=1000").then().statusCode(200).body("skills.items", empty());
        as(LEARNER).get("/api/reports/lint").then().statusCode(403);
        // The other reports under /api/reports still answer.
        as(AUTHOR).get("/api/reports/skills").then().statusCode(200);
    }
}
