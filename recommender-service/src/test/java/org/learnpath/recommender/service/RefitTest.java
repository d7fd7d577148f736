package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.LearnerSimulator;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.messaging.AnswerConsumer;
import org.learnpath.testinfra.LearnPathTestResources;

/**
 * Answers generated from known BKT parameters go through Kafka and the consumer like any others; the refit over
 * the stored history recovers the generating parameters, and consumption goes on meanwhile.
 */
@QuarkusTest
@LearnPathTestResources
class RefitTest {

    static final BktParameters TRUTH = new BktParameters(0.30, 0.20, 0.15, 0.10);

    @Inject
    AnswerConsumer consumer;

    @Inject
    ModelSettings settings;

    @Test
    void theRefitRecoversTheGeneratingParametersWithoutStoppingConsumption() {
        Fixtures.answerTopic();
        String skill = "refit-" + UUID.randomUUID().toString().substring(0, 8);
        UUID item = UUID.randomUUID();
        Random random = new Random(11);
        List<boolean[]> sequences = LearnerSimulator.bktSequences(TRUTH, 2_000, 20, random);
        List<AnswerEvent> events = new ArrayList<>();
        Instant start = Instant.parse("2026-10-01T00:00:00Z");
        for (int learner = 0; learner < sequences.size(); learner++) {
            boolean[] sequence = sequences.get(learner);
            for (int i = 0; i < sequence.length; i++) {
                events.add(answer(skill + "-learner-" + learner, item, skill, sequence[i], start.plusSeconds(i)));
            }
        }
        // Beside them, scripted answers to another skill: each learner all right or all wrong.
        String scripted = "scripted-" + UUID.randomUUID().toString().substring(0, 8);
        UUID scriptedItem = UUID.randomUUID();
        int scriptedAnswers = 0;
        for (int learner = 0; learner < 100; learner++) {
            for (int i = 0; i < 8; i++) {
                events.add(answer(scripted + "-learner-" + learner, scriptedItem, scripted, learner % 2 == 0,
                        start.plusSeconds(i)));
                scriptedAnswers++;
            }
        }
        Fixtures.sendAnswers(events);
        awaitCount("select count(*) from answer where item_id = ?", events.size() - scriptedAnswers, item);
        awaitCount("select count(*) from answer where item_id = ?", scriptedAnswers, scriptedItem);
        BktParameters before = settings.model().parameters(scripted);

        long requested = count("select count(*) from refit_run where trigger = 'request'");
        JsonPath refit = as(admin("grace")).post("/api/refits").then().statusCode(200).extract().jsonPath();
        // Recorded, so that the schedule of every instance counts from it.
        assertThat(count("select count(*) from refit_run where trigger = 'request'")).isEqualTo(requested + 1);
        Map<String, Object> fitted = refit.getMap("skills.find { it.skillCode == '" + skill + "' }");
        assertThat(fitted).isNotNull();
        assertThat(((Number) fitted.get("prior")).doubleValue()).isCloseTo(TRUTH.prior(), within(0.05));
        assertThat(((Number) fitted.get("learn")).doubleValue()).isCloseTo(TRUTH.learn(), within(0.05));
        assertThat(((Number) fitted.get("guess")).doubleValue()).isCloseTo(TRUTH.guess(), within(0.05));
        assertThat(((Number) fitted.get("slip")).doubleValue()).isCloseTo(TRUTH.slip(), within(0.05));
        assertThat(((Number) fitted.get("sequences")).intValue()).isEqualTo(2_000);
        // A fit that lets knowledge alone decide every answer is not used: the scripted skill keeps its parameters.
        assertThat(refit.getList("skipped", String.class)).contains(scripted);
        assertThat(refit.getList("skills.skillCode", String.class)).doesNotContain(scripted);
        assertThat(settings.model().parameters(scripted)).isEqualTo(before);

        // The new parameters are in use, and the consumer never stopped.
        assertThat(settings.model().parameters(skill).learn()).isCloseTo(TRUTH.learn(), within(0.05));
        assertThat(consumer.isRunning()).isTrue();
        AnswerEvent after = answer(skill + "-learner-0", item, skill, true, Instant.now());
        Fixtures.sendAnswers(List.of(after));
        awaitCount("select count(*) from answer where event_id = ?", 1, after.eventId());
        as(admin("grace")).get("/api/skill-parameters").then().statusCode(200);
    }
}
