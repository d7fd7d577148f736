package org.learnpath.assessment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.learnpath.assessment.Fixtures.as;
import static org.learnpath.assessment.Fixtures.catalogSkills;
import static org.learnpath.assessment.Fixtures.deleteCatalogSkill;
import static org.learnpath.assessment.Fixtures.numeric;
import static org.learnpath.assessment.Fixtures.singleChoice;
import static org.learnpath.assessment.Fixtures.unique;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

@QuarkusTest
@LearnPathTestResources
class ItemBankTest {

    private static final String AUTHOR = TestTokens.author("ada");
    private static final String LEARNER = TestTokens.learner("alice");

    @Test
    void authorsWriteItemsThatLearnersSeeOnlyPublishedAndWithoutAnswers() {
        String skill = unique("metrics");
        catalogSkills(skill);
        String id = as(AUTHOR).body(singleChoice(skill, "b")).post("/api/items").then().statusCode(201)
                .header("ETag", "\"0\"").body("status", equalTo("DRAFT")).extract().path("id");
        as(LEARNER).get("/api/questions/" + id).then().statusCode(404);
        as(LEARNER).get("/api/items/" + id).then().statusCode(403);

        as(AUTHOR).post("/api/items/" + id + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        as(LEARNER).get("/api/questions/" + id).then().statusCode(200)
                .body("$", not(hasKey("answer"))).body("$", not(hasKey("explanation")))
                .body("choices.key", hasItem("b")).body("skills", hasItem(skill));

        Map<String, Object> edit = singleChoice(skill, "a");
        as(AUTHOR).body(edit).put("/api/items/" + id).then().statusCode(428);
        String etag = as(AUTHOR).get("/api/items/" + id).then().extract().header("ETag");
        as(AUTHOR).body(edit).header("If-Match", etag).put("/api/items/" + id).then().statusCode(200)
                .body("answer.choice", equalTo("a"));
        as(AUTHOR).body(edit).header("If-Match", etag).put("/api/items/" + id).then().statusCode(412);

        as(AUTHOR).post("/api/items/" + id + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        as(AUTHOR).post("/api/items/" + id + "/publish").then().statusCode(409);
        as(AUTHOR).get("/api/items?skill=" + skill).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void skillCodesAreCheckedAgainstTheCatalogCopyKeptFromKafka() {
        String skill = unique("later");
        as(AUTHOR).body(singleChoice(skill, "b")).post("/api/items").then().statusCode(400)
                .body("errors.field", hasItem("skills[0]"));
        catalogSkills(skill);
        as(AUTHOR).body(singleChoice(skill, "b")).post("/api/items").then().statusCode(201);
        deleteCatalogSkill(skill);
        as(AUTHOR).body(singleChoice(skill, "b")).post("/api/items").then().statusCode(400);
    }

    @Test
    void inconsistentItemsAreRefused() {
        String skill = unique("bad-items");
        catalogSkills(skill);
        Map<String, Object> wrongKey = singleChoice(skill, "e");
        as(AUTHOR).body(wrongKey).post("/api/items").then().statusCode(400).body("errors.field", hasItem("answer.choice"));

        Map<String, Object> numericWithChoices = numeric(skill, 0.8, 0.005);
        numericWithChoices.put("choices", List.of(Map.of("key", "a", "text", "x"), Map.of("key", "b", "text", "y")));
        as(AUTHOR).body(numericWithChoices).post("/api/items").then().statusCode(400).body("errors.field", hasItem("choices"));

        Map<String, Object> gap = singleChoice(skill, "a");
        gap.put("choices", List.of(Map.of("key", "a", "text", "x"), Map.of("key", "c", "text", "y")));
        as(AUTHOR).body(gap).post("/api/items").then().statusCode(400).body("errors.field", hasItem("choices[1].key"));

        Map<String, Object> tooHard = numeric(skill, 0.8, 0.005);
        tooHard.put("difficulty", 9);
        as(AUTHOR).body(tooHard).post("/api/items").then().statusCode(400).body("errors.field", hasItem("difficulty"));
    }

    @Test
    void seededItemBankHasFivePublishedItemsForEverySkillItMeasures() {
        long skillsBelowFive = org.learnpath.assessment.Fixtures.count("""
                select count(*) from (select s.skill_code from item_skill s join item i on i.id = s.item_id
                where i.status = 'PUBLISHED' and coalesce(i.created_by, 'seed') = 'seed' group by s.skill_code having count(*) < 5) t""");
        long skills = org.learnpath.assessment.Fixtures.count("select count(distinct s.skill_code) from item_skill s join item i on i.id = s.item_id where coalesce(i.created_by, 'seed') = 'seed'");
        org.assertj.core.api.Assertions.assertThat(skills).isGreaterThanOrEqualTo(78);
        org.assertj.core.api.Assertions.assertThat(skillsBelowFive).isZero();
    }
}
