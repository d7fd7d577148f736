package org.learnpath.recommender.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.subjectOf;
import static org.learnpath.testinfra.TestTokens.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.EventJson;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.recommender.Fixtures;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.TestTokens;

/**
 * The item calibration report over a planted bank of one skill: learners who have mastered the skill and learners
 * who have not answer a normal item, a mis-keyed item (masters answer it "wrong", the others "right"), an item
 * everyone gets right, six items that build (or fail to build) the mastery, and an item answered three times. The
 * report must flag exactly the mis-keyed and the too-easy item, never show a learner, and page alike in JSON and CSV.
 */
@QuarkusTest
@LearnPathTestResources
class ItemCalibrationApiTest {

    private static final String PATH = "/api/reports/item-calibration";
    private static final int MASTERS = 20;
    private static final int NOVICES = 20;
    private static final List<String> CSV_HEADER = List.of("item_id", "skills", "status", "answers",
            "repeat_answers", "share_correct", "prior_difficulty", "learned_difficulty", "discrimination",
            "high_mastery_answers", "high_mastery_share_correct", "flags", "note");

    /** The planted bank, answered once for the whole class: every test reads it. */
    record Bank(String skill, List<UUID> builders, UUID normal, UUID miskeyed, UUID easy, UUID few,
            List<String> learners) {

        List<UUID> all() {
            List<UUID> all = new ArrayList<>(builders);
            all.addAll(List.of(normal, miskeyed, easy, few));
            return all;
        }
    }

    private static Bank bank;

    @BeforeEach
    void plantOnce() {
        if (bank == null) {
            bank = plant("cal" + UUID.randomUUID().toString().substring(0, 8));
        }
    }

    private static Bank plant(String skill) {
        List<UUID> builders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            builders.add(UUID.randomUUID());
        }
        UUID normal = UUID.randomUUID();
        UUID miskeyed = UUID.randomUUID();
        UUID easy = UUID.randomUUID();
        UUID few = UUID.randomUUID();
        Instant now = Instant.now();
        List<ProducerRecord<String, String>> items = new ArrayList<>();
        Map<UUID, Double> priors = new java.util.LinkedHashMap<>();
        builders.forEach(id -> priors.put(id, 0.0));
        priors.put(normal, 0.0);
        priors.put(miskeyed, 0.5);
        priors.put(easy, -1.0);
        priors.put(few, 0.0);
        priors.forEach((id, prior) -> items.add(new ProducerRecord<>(ItemTopic.NAME, id.toString(), EventJson.write(
                new ItemEvent(1, UUID.randomUUID(), now, new ItemEvent.ItemState(id, 1, List.of(skill), prior,
                        ItemEvent.Status.PUBLISHED))))));
        Fixtures.send(items);
        Fixtures.awaitCount("select count(*) from catalog_item where ? = any(skill_codes)", priors.size(), skill);

        Fixtures.answerTopic();
        List<AnswerEvent> answers = new ArrayList<>();
        List<String> learners = new ArrayList<>();
        Instant t = now.minusSeconds(3_600);
        for (int i = 0; i < MASTERS; i++) {
            String learner = subjectOf(skill + "-master-" + i);
            learners.add(learner);
            // Mastery first (six right answers take BKT from its prior 0.2 to about 0.99), then the items judged: the
            // mis-keyed item "wrong" for 18 of 20 (the wrong answer pulls the mastery down a little, the next right
            // answers push it back up).
            for (UUID builder : builders) {
                answers.add(answer(priors, learner, builder, skill, true, t = t.plusSeconds(1)));
            }
            answers.add(answer(priors, learner, miskeyed, skill, i >= 18, t = t.plusSeconds(1)));
            answers.add(answer(priors, learner, normal, skill, true, t = t.plusSeconds(1)));
            answers.add(answer(priors, learner, easy, skill, true, t = t.plusSeconds(1)));
        }
        for (int i = 0; i < NOVICES; i++) {
            String learner = subjectOf(skill + "-novice-" + i);
            learners.add(learner);
            // The mis-keyed item "right" (16 of 20) and the easy item first, then wrong answers everywhere: their
            // mastery ends low, as it would for learners who guessed the wrong key and never learned the skill.
            answers.add(answer(priors, learner, miskeyed, skill, i < 16, t = t.plusSeconds(1)));
            answers.add(answer(priors, learner, easy, skill, true, t = t.plusSeconds(1)));
            if (i < 3) {
                answers.add(answer(priors, learner, few, skill, true, t = t.plusSeconds(1)));
            }
            for (UUID builder : builders) {
                answers.add(answer(priors, learner, builder, skill, false, t = t.plusSeconds(1)));
            }
            answers.add(answer(priors, learner, normal, skill, i >= 16, t = t.plusSeconds(1)));
        }
        Fixtures.sendAnswers(answers);
        Fixtures.awaitCount("select count(*) from answer where ? = any(skill_codes)", answers.size(), skill);
        return new Bank(skill, builders, normal, miskeyed, easy, few, learners);
    }

    /** A first answer, carrying the item's prior as the assessment service would. */
    private static AnswerEvent answer(Map<UUID, Double> priors, String learner, UUID item, String skill,
            boolean correct, Instant at) {
        return new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(), learner, item, 1, List.of(skill),
                correct, correct ? 1 : 0, 4_000, at, null, UUID.randomUUID(), 1, AnswerEvent.Source.LEARNER,
                priors.get(item));
    }

    private static String author() {
        return TestTokens.author("ada");
    }

    private static JsonPath report(String query) {
        return as(author()).get(PATH + "?skill=" + bank.skill() + query).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath report, UUID item) {
        List<Map<String, Object>> rows = report.getList("items");
        return rows.stream().filter(r -> item.toString().equals(r.get("itemId"))).findFirst().orElseThrow();
    }

    @Test
    void flagsTheMiskeyedAndTheTooEasyItemAndNothingElse() {
        JsonPath report = report("&size=100");
        assertThat(report.getLong("total")).isEqualTo(bank.all().size());

        Map<String, Object> miskeyed = row(report, bank.miskeyed());
        assertThat(miskeyed.get("flags")).asList().containsExactly("PROBABLY_MISKEYED", "NEGATIVE_DISCRIMINATION");
        assertThat(((Number) miskeyed.get("discrimination")).doubleValue()).isLessThan(-0.5);
        assertThat(((Number) miskeyed.get("answers")).longValue()).isEqualTo(MASTERS + NOVICES);
        assertThat(((Number) miskeyed.get("shareCorrect")).doubleValue()).isCloseTo(0.45, within(1e-6));
        assertThat(((Number) miskeyed.get("highMasteryAnswers")).longValue()).isEqualTo(MASTERS);
        assertThat(((Number) miskeyed.get("highMasteryShareCorrect")).doubleValue()).isCloseTo(0.1, within(1e-6));
        assertThat(((Number) miskeyed.get("priorDifficulty")).doubleValue()).isCloseTo(0.5, within(1e-6));
        assertThat(miskeyed.get("note")).isNull();

        Map<String, Object> easy = row(report, bank.easy());
        assertThat(easy.get("flags")).asList().containsExactly("TOO_EASY");
        assertThat(((Number) easy.get("shareCorrect")).doubleValue()).isCloseTo(1.0, within(1e-6));
        assertThat(easy.get("discrimination")).as("undefined when everyone is right").isNull();
        // Everyone right: the learned difficulty fell below the author's -1.
        assertThat(((Number) easy.get("learnedDifficulty")).doubleValue()).isLessThan(-1.0);

        Map<String, Object> normal = row(report, bank.normal());
        assertThat(normal.get("flags")).asList().isEmpty();
        assertThat(((Number) normal.get("discrimination")).doubleValue()).isGreaterThan(0.5);
        for (UUID builder : bank.builders()) {
            assertThat(row(report, builder).get("flags")).as("builder item %s", builder).asList().isEmpty();
        }

        // Three answers, all right: too few to call it too easy.
        Map<String, Object> few = row(report, bank.few());
        assertThat(few.get("flags")).asList().isEmpty();
        assertThat(few.get("note")).isEqualTo("not enough answers");
        assertThat(((Number) few.get("answers")).longValue()).isEqualTo(3);

        // Flagged first, the most serious flag first; the least answered last.
        List<String> order = report.getList("items.itemId");
        assertThat(order.subList(0, 2)).containsExactly(bank.miskeyed().toString(), bank.easy().toString());
        assertThat(order.get(order.size() - 1)).isEqualTo(bank.few().toString());
    }

    @Test
    void filtersByFlag() {
        assertThat(report("&flag=too_easy").getList("items.itemId")).containsExactly(bank.easy().toString());
        assertThat(report("&flag=PROBABLY_MISKEYED").getList("items.itemId"))
                .containsExactly(bank.miskeyed().toString());
        assertThat(report("&flag=TOO_HARD").getLong("total")).isZero();
        as(author()).get(PATH + "?flag=BROKEN").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("flag"));
        as(author()).get(PATH + "?skill=Not%20A%20Skill").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("skill"));
        as(author()).get(PATH + "?size=0").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void pagesTheSameRowsInJsonAndCsv() {
        List<String> all = report("&size=100").getList("items.itemId");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonPath json = report("&size=3&page=" + page);
            assertThat(json.getInt("page")).isEqualTo(page);
            assertThat(json.getInt("size")).isEqualTo(3);
            assertThat(json.getLong("total")).isEqualTo(all.size());
            List<String> ids = json.getList("items.itemId");
            paged.addAll(ids);

            List<List<String>> csv = csv(as(author()).accept(Csv.MEDIA_TYPE)
                    .get(PATH + "?skill=" + bank.skill() + "&size=3&page=" + page).then().statusCode(200)
                    .extract().response());
            assertThat(csv.get(0)).isEqualTo(CSV_HEADER);
            assertThat(csv.subList(1, csv.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(ids);
        }
        assertThat(paged).isEqualTo(all);
        assertThat(report("&size=3&page=4").getList("items")).isEmpty();
    }

    @Test
    void csvIsAnAttachmentWithTheJsonFigures() {
        Response response = as(author()).accept(Csv.MEDIA_TYPE).get(PATH + "?skill=" + bank.skill() + "&size=100")
                .then().statusCode(200).extract().response();
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=item-calibration.csv");
        assertThat(response.asString()).endsWith("\r\n");
        List<List<String>> csv = csv(response);
        assertThat(csv).hasSize(1 + bank.all().size());
        List<String> miskeyed = csv.stream().filter(r -> r.get(0).equals(bank.miskeyed().toString())).findFirst()
                .orElseThrow();
        assertThat(miskeyed.get(CSV_HEADER.indexOf("skills"))).isEqualTo(bank.skill());
        assertThat(miskeyed.get(CSV_HEADER.indexOf("answers"))).isEqualTo("40");
        assertThat(miskeyed.get(CSV_HEADER.indexOf("share_correct"))).isEqualTo("0.45");
        // A negative number stays a number: no formula guard on it.
        assertThat(Double.parseDouble(miskeyed.get(CSV_HEADER.indexOf("discrimination")))).isLessThan(-0.5);
        assertThat(miskeyed.get(CSV_HEADER.indexOf("flags"))).isEqualTo("PROBABLY_MISKEYED NEGATIVE_DISCRIMINATION");
        List<String> few = csv.get(csv.size() - 1);
        assertThat(few.get(0)).isEqualTo(bank.few().toString());
        assertThat(few.get(CSV_HEADER.indexOf("note"))).isEqualTo("not enough answers");
        assertThat(few.get(CSV_HEADER.indexOf("flags"))).isEmpty();

        // JSON unless CSV is asked for: no Accept header, */*, or JSON preferred.
        given().auth().oauth2(author()).get(PATH + "?skill=" + bank.skill()).then().statusCode(200)
                .contentType("application/json");
        as(author()).accept("application/json, text/csv;q=0.5").get(PATH + "?skill=" + bank.skill()).then()
                .statusCode(200).contentType("application/json");
    }

    @Test
    void noLearnerAppearsInTheReport() {
        String json = as(author()).get(PATH + "?skill=" + bank.skill() + "&size=100").then().statusCode(200)
                .extract().asString();
        String csv = as(author()).accept(Csv.MEDIA_TYPE).get(PATH + "?skill=" + bank.skill() + "&size=100").then()
                .statusCode(200).extract().asString();
        assertThat(bank.learners()).hasSize(MASTERS + NOVICES);
        for (String learner : bank.learners()) {
            assertThat(json).doesNotContain(learner);
            assertThat(csv).doesNotContain(learner);
        }
        assertThat(json).doesNotContain("master-").doesNotContain("novice-").doesNotContain("learnerId");
        assertThat(csv).doesNotContain("master-").doesNotContain("novice-").doesNotContainIgnoringCase("learner");
    }

    @Test
    void authorsAndAdminsOfAnyOrganizationOrNoneMayRead() {
        String path = PATH + "?skill=" + bank.skill();
        as(user("ada", "author").sign()).get(path).then().statusCode(200);
        as(user("root", "admin").sign()).get(path).then().statusCode(200);
        // The item bank is shared: an author without an organization, or of another, reads the same report.
        as(user("ada", "author").organization(null).sign()).get(path).then().statusCode(200)
                .body("total", equalTo(bank.all().size()));
        as(user("gus", "author").organization(TestTokens.GLOBEX).sign()).get(path).then().statusCode(200)
                .body("total", equalTo(bank.all().size()));

        for (String token : List.of(TestTokens.learner("alice"), TestTokens.manager("mia"), TestTokens.integration())) {
            as(token).get(path).then().statusCode(403).contentType("application/problem+json");
            as(token).accept(Csv.MEDIA_TYPE).get(path).then().statusCode(403);
        }
        given().get(path).then().statusCode(401).contentType("application/problem+json");
    }

    /** Reads RFC 4180 CSV: quoted fields with doubled quotes and line breaks, CRLF between records. */
    static List<List<String>> csv(Response response) {
        return CsvTest.parse(response.asString());
    }
}
