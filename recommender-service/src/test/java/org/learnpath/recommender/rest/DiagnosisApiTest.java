package org.learnpath.recommender.rest;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Diagnosis during study, end to end: failing the module being studied again and again makes a gap in the skill it
 * builds on likely, the path then checks that skill first, and a right answer to the check resumes the study.
 *
 * <p>The fixture's chain is m1 -> m2 -> m3, one skill each, default parameters (prior 0.2, learn 0.15, guess 0.2,
 * slip 0.1), answer events of difficulty 0 and attempt 1 (full weight). Three right answers take s1 to evidence 0.973,
 * so the prior of a gap below m2 is 0.027 (log-odds -3.58). Each wrong answer on s2 (mastery settling near 0.17, where
 * the traced P(correct) is 0.32 against the blocked hypothesis' guess 0.2) adds about log(0.8 / 0.68) = 0.16 nats, so
 * the posterior reaches the service's diagnosis threshold 0.5 only after about 22 wrong answers in a row. A right
 * answer on s1 multiplies the gap's odds by about 0.2 / 0.9, which takes the posterior back to about 0.19.
 */
@QuarkusTest
@LearnPathTestResources
class DiagnosisApiTest {

    /**
     * Measured: the 22nd consecutive wrong answer on s2 is the first whose path is a PREREQUISITE_DOUBTED review, the
     * posterior then 0.503 (as the arithmetic above predicts: 0.506). The bound leaves a margin for parameter tweaks
     * without letting the rule go unnoticed if it stops firing.
     */
    static final int MAX_WRONG_ANSWERS = 30;

    /** Measured: 6 answers (wrong, right, right, wrong, right, right) master s2; doubled for a margin. */
    static final int MAX_MOSTLY_RIGHT_ANSWERS = 12;

    Curriculum curriculum;
    String token;
    String learnerId;
    Instant t;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("diag" + UUID.randomUUID().toString().substring(0, 6));
        String username = "diag-" + UUID.randomUUID();
        token = learner(username);
        learnerId = subjectOf(username);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + curriculum.goal()).statusCode() == 200);
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        // Answers in the recent past, one second apart: forgetting (half-life 30 days) plays no part.
        t = Instant.now().minusSeconds(600);
    }

    @Test
    void repeatedFailuresOnAModuleDoubtItsPrerequisiteUntilACheckOfItIsAnsweredRight() {
        String s1 = curriculum.skills().get(0);
        String s2 = curriculum.skills().get(1);
        String m1 = curriculum.modules().get(0);
        String m2 = curriculum.modules().get(1);
        masterFirstSkill();
        JsonPath path = path();
        assertThat(path.getList("modules.status")).containsExactly("MASTERED", "READY", "LOCKED");
        assertThat(path.getString("nextStep.kind")).isEqualTo("STUDY");
        assertThat(path.getString("nextStep.moduleSlug")).isEqualTo(m2);

        int wrong = 0;
        while (!"PREREQUISITE_DOUBTED".equals(path.getString("nextStep.reason.kind"))) {
            assertThat(wrong).as("wrong answers on %s without the diagnosis firing", s2).isLessThan(MAX_WRONG_ANSWERS);
            // Until the doubt is strong enough, the learner keeps studying m2.
            assertThat(path.getString("nextStep.kind")).isEqualTo("STUDY");
            assertThat(path.getString("nextStep.skillCode")).isEqualTo(s2);
            wrong++;
            path = answerAndAwait(curriculum.items().get(s2).get(wrong % 3), s2, false, 1, wrong);
        }

        assertThat(path.getString("nextStep.kind")).isEqualTo("REVIEW");
        assertThat(path.getString("nextStep.skillCode")).isEqualTo(s1);
        assertThat(path.getString("nextStep.moduleSlug")).isEqualTo(m1);
        assertThat(path.getString("nextStep.reason.skillCode")).isEqualTo(s1);
        assertThat(path.getString("nextStep.reason.blockedModule")).isEqualTo(m2);
        assertThat(path.getDouble("nextStep.reason.threshold")).isEqualTo(0.5);
        assertThat(path.getDouble("nextStep.reason.mastery")).isGreaterThanOrEqualTo(0.5);
        assertThat(path.getString("nextStep.reason.sentence"))
                .contains("'Skill " + s2 + "'", "'Skill " + s1 + "'", "suggest a gap");
        // s1 itself is still mastered: the doubt comes from s2's answers, not from s1's.
        assertThat(path.getList("modules.status")).containsExactly("MASTERED", "READY", "LOCKED");

        JsonPath next = as(token).get("/api/learners/me/next").then().statusCode(200).extract().jsonPath();
        assertThat(next.getString("step.kind")).isEqualTo("REVIEW");
        assertThat(next.getString("step.reason.kind")).isEqualTo("PREREQUISITE_DOUBTED");
        assertThat(next.getString("item.skillCode")).isEqualTo(s1);
        String check = next.getString("item.itemId");
        assertThat(curriculum.items().get(s1).stream().map(UUID::toString)).contains(check);
        assertThat(next.getString("item.reason.kind")).isEqualTo("ITEM_MASTERY_CHECK");

        // A right answer to the check refutes the gap well enough: study of m2 resumes.
        path = answerAndAwait(UUID.fromString(check), s1, true, 0, 4);
        assertThat(path.getString("nextStep.kind")).isEqualTo("STUDY");
        assertThat(path.getString("nextStep.moduleSlug")).isEqualTo(m2);
        assertThat(path.getString("nextStep.skillCode")).isEqualTo(s2);
        assertThat(path.getString("nextStep.reason.kind")).isEqualTo("READY_FOR_GOAL");
        next = as(token).get("/api/learners/me/next").then().statusCode(200).extract().jsonPath();
        assertThat(next.getString("item.skillCode")).isEqualTo(s2);
    }

    @Test
    void aLearnerWhoAnswersTheModuleMostlyRightIsNeverDoubted() {
        String s2 = curriculum.skills().get(1);
        masterFirstSkill();
        // Wrong, right, right, ... (starting with the failure, the worst case for the ratio), until m2 is mastered.
        // Measured: 6 answers master it. By the model's arithmetic, s2's ratio peaks at 0.19 nats (after the first
        // answer), far from the 3.58 the diagnosis needs with s1 at evidence 0.973.
        JsonPath path = path();
        int answers = 0;
        while (!"MASTERED".equals(path.getString("modules[1].status"))) {
            assertThat(answers).as("answers on %s without mastering it", s2).isLessThan(MAX_MOSTLY_RIGHT_ANSWERS);
            assertThat(path.getString("nextStep.reason.kind")).isNotEqualTo("PREREQUISITE_DOUBTED");
            assertThat(path.getString("nextStep.kind")).isEqualTo("STUDY");
            answers++;
            path = answerAndAwait(curriculum.items().get(s2).get(answers % 3), s2, answers % 3 != 1, 1, answers);
        }
        assertThat(path.getString("nextStep.reason.kind")).isNotEqualTo("PREREQUISITE_DOUBTED");
        assertThat(path.getString("nextStep.moduleSlug")).isEqualTo(curriculum.modules().get(2));
    }

    /** Three right answers on s1 (evidence 0.973, mastery 0.977): m1 is MASTERED. */
    private void masterFirstSkill() {
        String s1 = curriculum.skills().get(0);
        List<AnswerEvent> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(answer(learnerId, curriculum.items().get(s1).get(i), s1, true, tick()));
        }
        Fixtures.sendAnswers(answers);
        awaitPath(p -> "MASTERED".equals(p.getString("modules[0].status")));
    }

    /** Sends one answer and returns the first path that has applied it (the module's practice count reaches it). */
    private JsonPath answerAndAwait(UUID item, String skill, boolean correct, int module, int practiceCount) {
        Fixtures.sendAnswers(List.of(answer(learnerId, item, skill, correct, tick())));
        return awaitPath(p -> p.getInt("modules[" + module + "].skills[0].practiceCount") == practiceCount);
    }

    private Instant tick() {
        t = t.plusSeconds(1);
        return t;
    }

    private JsonPath path() {
        return as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitPath(Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            last[0] = path();
            return condition.test(last[0]);
        });
        return last[0];
    }
}
