package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.StudyOrderPractice;

/**
 * The realism switches must not change what the simulator generates when they are off: every existing test's
 * bounds were measured on today's answers. The digests below were recorded with the simulator as it was before
 * {@link SimulatorRealism} existed (same seeds, same calls); the old constructor and {@link SimulatorRealism#NONE}
 * must both still produce them, answer for answer.
 */
class SimulatorEquivalenceTest {

    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();

    /** Recorded before the realism switches were added (seed 2026 and seed 7). */
    static final String DIGEST_2026 = "75d6c7702f7e22e98f133141af79ac8a0e8cc833f373fb366f125369e4a1f074";
    static final String DIGEST_7 = "57129f467e8c37ed8763de3eed521098d397a56f9caed36a35575cd579e2ce5b";

    @Test
    void theOldConstructorStillGeneratesTheRecordedAnswers() {
        assertThat(digest(legacySimulator(), 2026)).isEqualTo(DIGEST_2026);
        assertThat(digest(legacySimulator(), 7)).isEqualTo(DIGEST_7);
    }

    @Test
    void realismNoneGeneratesTheRecordedAnswers() {
        assertThat(digest(legacySimulator().withRealism(SimulatorRealism.NONE), 2026)).isEqualTo(DIGEST_2026);
        assertThat(digest(legacySimulator().withRealism(SimulatorRealism.NONE), 7)).isEqualTo(DIGEST_7);
    }

    @Test
    void realisticSwitchesDoChangeTheAnswers() {
        // Guards the two tests above against a digest that ignores the answers.
        assertThat(digest(legacySimulator().withRealism(SimulatorRealism.REALISTIC), 2026)).isNotEqualTo(DIGEST_2026);
    }

    /** The set-up of {@link PathEfficiencyTest}: skill parameters and bank drawn from one seeded random. */
    static LearnerSimulator legacySimulator() {
        Random random = new Random(7);
        Map<String, BktParameters> truth = new HashMap<>();
        for (CatalogGraph.Skill skill : GRAPH.skills()) {
            truth.put(skill.code(), new BktParameters(0.5, 0.1 + 0.2 * random.nextDouble(),
                    0.1 + 0.15 * random.nextDouble(), 0.05 + 0.1 * random.nextDouble()));
        }
        return new LearnerSimulator(GRAPH, truth, LearnerSimulator.itemBank(GRAPH,
                new double[] {-1.5, -0.9, -0.3, 0.3, 0.9, 1.5}, 0.3, random));
    }

    /**
     * SHA-256 over everything a run generates: sampled prior knowledge, every answer (item, correctness, time)
     * and the run results, for a few learners on both strategies, with the default model (forgetting on, so the
     * review path is exercised too).
     */
    static String digest(LearnerSimulator base, long seed) {
        StringBuilder log = new StringBuilder();
        LearnerSimulator simulator = base.withAnswerListener(answer -> log.append(answer.itemId()).append(':')
                .append(answer.correct() ? 1 : 0).append('@').append(answer.answeredAt()).append(';'));
        ModelConfig config = ModelConfig.defaults();
        // The runs were recorded when a goal was complete as soon as every module was mastered. A certification
        // target this low is reached by then (every skill of this goal needs answers to be mastered), so the runs
        // stop where they stopped: what is compared is the simulator's answers, not the planner's stop rule.
        PlannerConfig legacyStop = PlannerConfig.DEFAULT.withCertificationTarget(1e-300);
        PathPlanner planner = new PathPlanner(GRAPH, config, legacyStop);
        Random seeds = new Random(seed);
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double breadth = seeds.nextDouble();
            long learnerSeed = seeds.nextLong();
            var a = simulator.sampleLearner("r" + i, breadth, learnerSeed);
            log.append(new TreeSet<>(a.knownSkills())).append('\n');
            results.add(simulator.followRecommendations(a, SeedCurriculum.GOAL, new LearnerModel(config), planner,
                    RunOptions.DEFAULT, (path, item, snapshot) -> { }));
            log.append(new TreeSet<>(a.knownSkills())).append('\n');
            var b = simulator.sampleLearner("c" + i, breadth, learnerSeed);
            results.add(simulator.followStudyOrder(b, SeedCurriculum.GOAL, new LearnerModel(config),
                    legacyStop, RunOptions.DEFAULT, StudyOrderPractice.values()[i % 2]));
            var c = simulator.learner("d" + i, List.of("python-essentials"), learnerSeed);
            for (LearnerSimulator.Item item : simulator.items().subList(0, 40)) {
                log.append(simulator.answer(c, item) ? '1' : '0');
            }
            log.append(new TreeSet<>(c.knownSkills())).append('\n');
        }
        log.append(results);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(log.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
