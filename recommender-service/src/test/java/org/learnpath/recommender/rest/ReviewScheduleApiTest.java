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
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.Fixtures.Curriculum;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * Reviews follow each learnt skill's predicted recall (the memory model, on by default): the memory a skill's answers
 * started is stored with its mastery, a skill mastered hours ago is not due (a day at least between answers and a
 * review), and one mastered two months ago whose recall fell below 0.9 is, while its module stays MASTERED.
 *
 * <p>Three right answers master a new skill (default parameters, difficulty 0) without a wrong one, so its memory
 * starts with the "known" stability (20 days by default): recall about 0.97 right after, 0.97 exp(-60/20) = 0.05 two
 * months later. Other tests of the suite refit the memory, hence a bound rather than the value.
 */
@QuarkusTest
@LearnPathTestResources
class ReviewScheduleApiTest {

    Curriculum curriculum;

    @BeforeEach
    void setUp() {
        Fixtures.answerTopic();
        curriculum = Fixtures.curriculum("rev" + UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void aSkillMasteredMonthsAgoIsDueForReviewAndOneMasteredHoursAgoIsNot() {
        String s1 = curriculum.skills().get(0);
        String earlier = start("rev-old-");
        String recent = start("rev-new-");
        Instant twoMonthsAgo = Instant.now().minus(Duration.ofDays(60));
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        Fixtures.sendAnswers(rightAnswers(subjectOf(earlier), s1, twoMonthsAgo));
        Fixtures.sendAnswers(rightAnswers(subjectOf(recent), s1, twoHoursAgo));

        JsonPath old = awaitMastered(earlier);
        assertThat(old.getString("reviews[0].skillCode")).isEqualTo(s1);
        assertThat(old.getBoolean("reviews[0].due")).isTrue();
        assertThat(old.getDouble("reviews[0].recall")).isLessThanOrEqualTo(0.9);
        assertThat(old.getString("nextStep.kind")).isEqualTo("REVIEW");
        assertThat(old.getString("nextStep.skillCode")).isEqualTo(s1);
        assertThat(old.getString("nextStep.reason.sentence")).contains("you are likely to recall it only");
        assertThat(old.getString("modules[0].status")).isEqualTo("MASTERED");

        JsonPath fresh = awaitMastered(recent);
        assertThat(fresh.getBoolean("reviews[0].due")).isFalse();
        assertThat(fresh.getDouble("reviews[0].recall")).isGreaterThan(0.9);
        assertThat(Instant.parse(fresh.getString("reviews[0].dueAt")))
                .isAfterOrEqualTo(twoHoursAgo.plus(Duration.ofDays(1)).minusSeconds(1));
        assertThat(fresh.getString("nextStep.kind")).isEqualTo("STUDY");
        assertThat(fresh.getString("nextStep.moduleSlug")).isEqualTo(curriculum.modules().get(1));
    }

    private String start(String prefix) {
        String username = prefix + UUID.randomUUID();
        String token = learner(username);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> as(token)
                .get("/api/learners/me/path?goal=" + curriculum.goal()).statusCode() == 200);
        as(token).body(Map.of("goalSlug", curriculum.goal())).put("/api/learners/me/goal").then().statusCode(200);
        return username;
    }

    private List<AnswerEvent> rightAnswers(String learnerId, String skill, Instant from) {
        List<AnswerEvent> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(answer(learnerId, curriculum.items().get(skill).get(i % 2), skill, true, from.plusSeconds(i)));
        }
        return answers;
    }

    private JsonPath awaitMastered(String username) {
        String token = learner(username);
        JsonPath[] path = new JsonPath[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            path[0] = as(token).get("/api/learners/me/path").then().statusCode(200).extract().jsonPath();
            return "MASTERED".equals(path[0].getString("modules[0].status"));
        });
        return path[0];
    }
}
