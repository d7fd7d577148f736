package org.learnpath.recommender.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.learnpath.recommender.Fixtures.answer;
import static org.learnpath.recommender.Fixtures.awaitCount;
import static org.learnpath.recommender.Fixtures.count;
import static org.learnpath.testinfra.Api.as;
import static org.learnpath.testinfra.TestTokens.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.learnpath.events.answer.AnswerEvent;
import org.learnpath.learner.BktParameters;
import org.learnpath.learner.FitProblem;
import org.learnpath.learner.LearnerSimulator;
import org.learnpath.learner.MemoryParameters;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.ModelFit;
import org.learnpath.learner.SkillMastery;
import org.learnpath.learner.TracedModelFitter;
import org.learnpath.recommender.Fixtures;
import org.learnpath.recommender.messaging.AnswerConsumer;
import org.learnpath.testinfra.LearnPathTestResources;
import org.learnpath.testinfra.PostgresResource;

/**
 * Answers generated from known BKT parameters go through Kafka and the consumer like any others; the refit over
 * the stored history fits the traced model (recovering the generating parameters), sets a degenerate skill aside and
 * counts it on the warning metric, stores its difficulty snapshot and puts it in force, and replays every learner's
 * state under the new model; consumption goes on meanwhile.
 */
@QuarkusTest
@LearnPathTestResources
class RefitTest {

    static final BktParameters TRUTH = new BktParameters(0.30, 0.20, 0.15, 0.10);

    @Inject
    AnswerConsumer consumer;

    @Inject
    ModelSettings settings;

    @Inject
    RefitService refits;

    @Inject
    MeterRegistry registry;

    @Test
    void theRefitFitsTheTracedModelStoresItsSnapshotAndReplaysEveryLearner() {
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
                // Two hours apart: answers to a learnt skill after a gap are what the memory is fitted from.
                events.add(answer(skill + "-learner-" + learner, item, skill, sequence[i],
                        start.plus(Duration.ofHours(2L * i))));
            }
        }
        // Beside them, scripted answers to another skill: every answer right, as if every learner knew it already.
        String scripted = "scripted-" + UUID.randomUUID().toString().substring(0, 8);
        UUID scriptedItem = UUID.randomUUID();
        for (int learner = 0; learner < 200; learner++) {
            for (int i = 0; i < 8; i++) {
                events.add(answer(scripted + "-learner-" + learner, scriptedItem, scripted, true,
                        start.plusSeconds(i)));
            }
        }
        // And a skill of two items the author rated 1 and 2 (one a four-option choice), each answered twice: the fit
        // re-centres them on their mean, and repeats and guessing floors count as tracing counts them.
        String rated = "rated-" + UUID.randomUUID().toString().substring(0, 8);
        UUID easier = UUID.randomUUID();
        UUID harder = UUID.randomUUID();
        List<boolean[]> ratedSequences = LearnerSimulator.bktSequences(TRUTH, 60, 4, random);
        for (int learner = 0; learner < ratedSequences.size(); learner++) {
            for (int i = 0; i < 4; i++) {
                boolean first = i % 2 == 0;
                events.add(new AnswerEvent(AnswerEvent.SCHEMA_VERSION, UUID.randomUUID(),
                        rated + "-learner-" + learner, first ? easier : harder, 1, List.of(rated),
                        ratedSequences.get(learner)[i], 1, 4_000, start.plusSeconds(i), null, UUID.randomUUID(),
                        1 + i / 2, AnswerEvent.Source.LEARNER, first ? 1.0 : 2.0, null, first ? 0.25 : 0.0));
            }
        }
        Fixtures.sendAnswers(events);
        awaitCount("select count(*) from answer where skill_codes && ?::text[]", events.size(),
                (Object) new String[] {skill, scripted, rated});
        String learner0 = skill + "-learner-0";
        Map<String, SkillMastery> before = StoredStates.stored(learner0);

        long requested = count("select count(*) from refit_run where trigger = 'request'");
        JsonPath refit = as(admin("grace")).post("/api/refits").then().statusCode(200).extract().jsonPath();
        long version = refit.getLong("version");
        // Recorded, so that the schedule of every instance counts from it, and in force.
        assertThat(count("select count(*) from refit_run where trigger = 'request'")).isEqualTo(requested + 1);
        assertThat(settings.version().id()).isEqualTo(version);
        Map<String, Object> fitted = refit.getMap("skills.find { it.skillCode == '" + skill + "' }");
        assertThat(fitted).isNotNull();
        assertThat(((Number) fitted.get("prior")).doubleValue()).isCloseTo(TRUTH.prior(), within(0.05));
        assertThat(((Number) fitted.get("learn")).doubleValue()).isCloseTo(TRUTH.learn(), within(0.05));
        assertThat(((Number) fitted.get("guess")).doubleValue()).isCloseTo(TRUTH.guess(), within(0.05));
        assertThat(((Number) fitted.get("slip")).doubleValue()).isCloseTo(TRUTH.slip(), within(0.05));
        assertThat(((Number) fitted.get("sequences")).intValue()).isEqualTo(2_000);

        // The traced model's fit of the stored answers, bit for bit (a skill's fit depends on its own answers only).
        ModelConfig model = settings.model();
        ModelFit expected = new TracedModelFitter(refits.options())
                .fit(StoredStates.answersOfSkills(List.of(skill, scripted, rated)), model);
        assertThat(model.parameters(skill)).isEqualTo(expected.skills().get(skill).parameters());
        assertThat(model.parameters(rated)).isEqualTo(expected.skills().get(rated).parameters());
        assertThat(storedParameters(skill)).isEqualTo(expected.skills().get(skill).parameters());

        // A fit in which every learner knows the skill before answering is set aside: the scripted skill uses the
        // defaults, is reported with why, and counted on the warning metric.
        assertThat(expected.skills().get(scripted).degenerate()).isTrue();
        assertThat(refit.getList("skipped", String.class)).contains(scripted);
        assertThat(refit.getList("skills.skillCode", String.class)).doesNotContain(scripted);
        Map<String, Object> setAside = refit.getMap("setAside.find { it.skillCode == '" + scripted + "' }");
        assertThat(setAside.get("degenerate")).isEqualTo(true);
        assertThat(setAside.get("problems")).isEqualTo(expected.skills().get(scripted).problems().stream()
                .map(FitProblem::name).toList());
        assertThat(model.parameters(scripted)).isEqualTo(ModelConfig.DEFAULT_PARAMETERS);
        assertThat(storedParameters(scripted)).isNull();
        int degenerate = refit.getList("setAside.findAll { it.degenerate }").size();
        assertThat(degenerate).isPositive();
        assertThat(registry.get("learnpath.refit.degenerate.skills").tag("cause", "estimate").gauge().value())
                .isEqualTo(degenerate);
        assertThat(registry.get("learnpath.refit.degenerate.skills").tag("cause", "too-little-data").gauge().value())
                .isEqualTo(refit.getList("setAside").size() - degenerate);
        assertThat(count("select count(*) from refit_run where id = ? and skills_degenerate = ?", version, degenerate))
                .isEqualTo(1);
        // The memory parameters fitted from the answers to learnt skills after gaps are stored with the run and in
        // force (the other skills' answers, seconds apart, would not be enough: MemoryFitterTest).
        MemoryParameters memory = settings.model().memory().parameters();
        assertThat(memory).isNotEqualTo(MemoryParameters.DEFAULT);
        assertThat(count("select count(*) from refit_run where id = ? and memory_learnt_stability_days = ?"
                + " and memory_known_stability_days = ? and memory_growth = ? and memory_lapse_factor = ?", version,
                memory.learntStabilityDays(), memory.knownStabilityDays(), memory.growth(), memory.lapseFactor()))
                .isEqualTo(1);

        // The re-centred difficulties are the run's snapshot, traced with, and where Elo goes on from.
        assertThat(expected.itemDifficulties()).containsEntry(easier.toString(), -0.5)
                .containsEntry(harder.toString(), 0.5).containsEntry(item.toString(), 0.0);
        Map<String, Double> snapshot = snapshot(version);
        assertThat(snapshot).containsAllEntriesOf(expected.itemDifficulties());
        assertThat(model.tracingDifficulties()).isEqualTo(snapshot);
        assertThat(model.tracingDifficulty(easier.toString(), 1.0)).isEqualTo(-0.5);
        assertThat(count("select count(*) from item_calibration where item_id = ? and difficulty = -0.5", easier))
                .isEqualTo(1);
        assertThat(count("select count(*) from item_calibration where item_id = ? and difficulty = 0.5", harder))
                .isEqualTo(1);

        // Every learner replayed under the new model: stored states are exactly what a fresh model gives from their
        // answers, which differs from what they were.
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            learners.add(skill + "-learner-" + i);
            learners.add(scripted + "-learner-" + i);
            learners.add(rated + "-learner-" + i);
        }
        for (String learner : learners) {
            assertThat(StoredStates.stored(learner)).as(learner).isEqualTo(StoredStates.replayed(model, learner));
        }
        assertThat(StoredStates.replayed(model, learner0)).isNotEqualTo(before);
        assertThat(refit.getLong("replay.learners")).isGreaterThanOrEqualTo(2_260);
        assertThat(refit.getLong("replay.answers")).isGreaterThanOrEqualTo(events.size());
        assertThat(count("select count(*) from refit_run where id = ? and replay_finished_at is not null"
                + " and replayed_learners = ? and replayed_answers = ? and replay_millis = ?", version,
                refit.getLong("replay.learners"), refit.getLong("replay.answers"), refit.getLong("replay.tookMillis")))
                .isEqualTo(1);
        System.out.printf("Replay: %d learners, %d answers in %d ms (%.0f answers/s)%n",
                refit.getLong("replay.learners"), refit.getLong("replay.answers"), refit.getLong("replay.tookMillis"),
                refit.getLong("replay.answers") * 1000.0 / Math.max(1, refit.getLong("replay.tookMillis")));

        // The consumer never stopped, and answers after the refit continue from the replayed states.
        assertThat(consumer.isRunning()).isTrue();
        AnswerEvent after = answer(learner0, item, skill, true, Instant.now());
        Fixtures.sendAnswers(List.of(after));
        awaitCount("select count(*) from answer where event_id = ?", 1, after.eventId());
        assertThat(StoredStates.stored(learner0)).isEqualTo(StoredStates.replayed(model, learner0));
        assertThat(StoredStates.stored(learner0).get(skill).practiceCount()).isEqualTo(21);
        as(admin("grace")).get("/api/skill-parameters").then().statusCode(200);
    }

    private static BktParameters storedParameters(String skill) {
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(
                "select prior, learn, guess, slip from skill_parameters where skill_code = ?")) {
            s.setString(1, skill);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? new BktParameters(rows.getDouble(1), rows.getDouble(2), rows.getDouble(3),
                        rows.getDouble(4)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Double> snapshot(long version) {
        Map<String, Double> difficulties = new HashMap<>();
        try (Connection c = PostgresResource.connect(); PreparedStatement s = c.prepareStatement(
                "select item_id, difficulty from refit_difficulty where refit_run_id = ?")) {
            s.setLong(1, version);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    difficulties.put(rows.getString(1), rows.getDouble(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return difficulties;
    }
}
