package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.learner;
import static org.learnpath.testinfra.TestTokens.subjectOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * A goal is complete when every module is mastered and the answers certify the goal as a whole: the path says how sure
 * they make it, the CERTIFY step asks an item the learner never answered, and a failed check sends the learner back
 * to the skill.
 *
 * <p>The fixture's goal has three modules of one skill each; its answer events carry difficulty 0, and the skills have
 * the default parameters (prior 0.2, learn 0.15, guess 0.2, slip 0.1). Three right answers take a skill to mastery
 * 0.977, with evidence (the posterior before the last answer's learning step) 0.973; three such skills are all known
 * with probability 0.973^3 = 0.92, short of the 0.95 target. One more right answer lifts a skill's evidence to 0.995.
 */
@QuarkusTest
@LearnPathTestResources
class GoalCertificationApiTest {

    Curriculum curriculum;
    String token;
    String learnerId;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("cert" + UUID.randomUUID().toString().substring(0, 6));
        String username = "cert-" + UUID.randomUUID();
        token = learner(username);
        learnerId = subjectOf(username);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + curriculum.goal()).statusCode() == 200);
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
    }

    @Test
    void masteringEveryModuleLeadsToTheCertificationCheckAndRightAnswersCompleteTheGoal() {
        JsonPath start = path();
        assertThat(start.getBoolean("certification.certified")).isFalse();
        assertThat(start.getInt("certification.skillCount")).isEqualTo(3);
        assertThat(start.getList("certification.skillsToCheck.code")).containsExactlyElementsOf(curriculum.skills());
        assertThat(start.getList("certification.skillsToCheck.answered")).containsOnly(false);

        masterEverySkill();
        JsonPath path = awaitPath(p -> "CERTIFY".equals(p.getString("nextStep.kind")));
        assertThat(path.getList("modules.status")).containsOnly("MASTERED");
        assertThat(path.getBoolean("complete")).isFalse();
        assertThat(path.getDouble("certification.probability")).isCloseTo(0.921, within(0.002));
        assertThat(path.getDouble("certification.target")).isEqualTo(0.95);
        String s1 = curriculum.skills().get(0);
        assertThat(path.getString("nextStep.skillCode")).isEqualTo(s1);
        assertThat(path.getString("nextStep.reason.kind")).isEqualTo("CERTIFICATION_CHECK");
        assertThat(path.getString("nextStep.reason.sentence")).contains("at least 95% likely", "they make it 92% now");
        assertThat(path.getDouble("modules[0].skills[0].evidence")).isCloseTo(0.973, within(0.001));

        // The check asks the one item of the skill the learner has not answered.
        JsonPath next = as(token).get("/api/learners/me/next").then().statusCode(200).extract().jsonPath();
        assertThat(next.getString("item.itemId")).isEqualTo(curriculum.items().get(s1).get(2).toString());
        assertThat(next.getString("item.reason.kind")).isEqualTo("ITEM_CERTIFICATION_CHECK");
        assertThat(next.getString("step.kind")).isEqualTo("CERTIFY");

        Instant t = Instant.now().minusSeconds(20);
        Fixtures.sendAnswers(List.of(answer(learnerId, curriculum.items().get(s1).get(2), s1, true, t)));
        String s2 = curriculum.skills().get(1);
        path = awaitPath(p -> s2.equals(p.getString("nextStep.skillCode")));
        assertThat(path.getString("nextStep.kind")).isEqualTo("CERTIFY");
        assertThat(path.getList("certification.skillsToCheck.code")).containsExactly(s2);

        Fixtures.sendAnswers(List.of(answer(learnerId, curriculum.items().get(s2).get(2), s2, true, t.plusSeconds(1))));
        path = awaitPath(p -> p.getBoolean("complete"));
        assertThat(path.getString("nextStep.kind")).isEqualTo("GOAL_COMPLETE");
        assertThat(path.getBoolean("certification.certified")).isTrue();
        assertThat(path.getList("certification.skillsToCheck")).isEmpty();
        assertThat(path.getDouble("certification.probability")).isGreaterThanOrEqualTo(0.95);
        as(token).get("/api/learners/me/next").then().statusCode(200);
    }

    @Test
    void aFailedCheckSendsTheLearnerBackToTheSkillAndTheGoalStaysIncomplete() {
        masterEverySkill();
        awaitPath(p -> "CERTIFY".equals(p.getString("nextStep.kind")));
        String s1 = curriculum.skills().get(0);

        Fixtures.sendAnswers(List.of(answer(learnerId, curriculum.items().get(s1).get(2), s1, false,
                Instant.now().minusSeconds(20))));
        JsonPath path = awaitPath(p -> !"CERTIFY".equals(p.getString("nextStep.kind")));
        assertThat(path.getBoolean("complete")).isFalse();
        // The skill was learnt (its memory started when it was mastered) and is no longer mastered: reviewed.
        assertThat(path.getString("nextStep.kind")).isEqualTo("REVIEW");
        assertThat(path.getString("nextStep.skillCode")).isEqualTo(s1);
        assertThat(path.getString("nextStep.reason.sentence")).contains("your mastery fell to");
        assertThat(path.getList("modules.status")).containsExactly("READY", "MASTERED", "MASTERED");
        assertThat(path.getList("certification.skillsToCheck.code")).contains(s1);
    }

    /** Three right answers per skill, to two of its three items (the third stays unseen for the check). */
    private void masterEverySkill() {
        List<AnswerEvent> answers = new ArrayList<>();
        Instant t = Instant.now().minusSeconds(120);
        for (String skill : curriculum.skills()) {
            List<UUID> items = curriculum.items().get(skill);
            for (int i = 0; i < 3; i++) {
                answers.add(answer(learnerId, items.get(i % 2), skill, true, t));
                t = t.plusSeconds(1);
            }
        }
        Fixtures.sendAnswers(answers);
    }

    private JsonPath path() {
        return as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitPath(Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            last[0] = path();
            return condition.test(last[0]);
        });
        return last[0];
    }
}
