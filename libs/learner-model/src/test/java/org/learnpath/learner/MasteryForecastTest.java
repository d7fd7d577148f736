package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MasteryForecastTest {

    static final double THRESHOLD = 0.95;

    @Test
    void agreesWithASimulationOfTheMasteryChainItSolves() {
        Random random = new Random(5);
        List<BktParameters> cases = List.of(ModelConfig.DEFAULT_PARAMETERS, new BktParameters(0.3, 0.05, 0.25, 0.12),
                new BktParameters(0.1, 0.3, 0.1, 0.05), new BktParameters(0.5, 0.1, 0.3, 0.2));
        MasteryForecast forecast = new MasteryForecast(ModelConfig.defaults(), THRESHOLD);
        for (BktParameters p : cases) {
            for (double mastery : new double[] {p.prior(), 0.02, 0.5, 0.8, 0.94}) {
                double simulated = simulate(p, mastery, random, 100_000);
                double solved = forecast.expectedAnswers(p, mastery);
                System.out.printf(Locale.ROOT, "%s from %.2f: solved %.3f, simulated %.3f%n", p, mastery, solved,
                        simulated);
                // The simulation's own standard error is about 0.3% of the mean at 100,000 runs.
                assertThat(solved).as("%s from %.2f", p, mastery).isCloseTo(simulated, within(0.015 * simulated + 0.02));
            }
        }
    }

    /** The chain itself: a hidden state drawn with the model's belief, answers and learning as BKT says. */
    static double simulate(BktParameters p, double mastery, Random random, int runs) {
        long total = 0;
        for (int run = 0; run < runs; run++) {
            boolean known = random.nextDouble() < mastery;
            double m = mastery;
            while (m < THRESHOLD) {
                boolean correct = random.nextDouble() < (known ? 1 - p.slip() : p.guess());
                m = p.update(m, correct);
                known = known || random.nextDouble() < p.learn();
                total++;
            }
        }
        return total / (double) runs;
    }

    @Test
    void nothingIsLeftAtTheThresholdAndMoreIsLeftTheLowerTheMasteryAndTheSlowerTheLearning() {
        MasteryForecast forecast = new MasteryForecast(ModelConfig.defaults(), THRESHOLD);
        BktParameters p = ModelConfig.DEFAULT_PARAMETERS;
        assertThat(forecast.expectedAnswers(p, THRESHOLD)).isZero();
        assertThat(forecast.expectedAnswers(p, 0.99)).isZero();
        assertThat(forecast.expectedAnswers(p, 0.949)).isGreaterThanOrEqualTo(1);
        assertThat(forecast.expectedAnswers(p, 0.1)).isGreaterThan(forecast.expectedAnswers(p, 0.5));
        assertThat(forecast.expectedAnswers(p, 0.5)).isGreaterThan(forecast.expectedAnswers(p, 0.9));
        BktParameters slow = new BktParameters(0.2, 0.05, 0.2, 0.1);
        assertThat(forecast.expectedAnswers(slow, 0.2)).isGreaterThan(forecast.expectedAnswers(p, 0.2) + 5);
        // A stricter threshold needs more answers.
        assertThat(new MasteryForecast(ModelConfig.defaults(), 0.98).expectedAnswers(p, 0.2))
                .isGreaterThan(forecast.expectedAnswers(p, 0.2));
    }

    @Test
    void aSkillThatCannotBeLearntCountsAsUnreachableNotAsInfinity() {
        MasteryForecast forecast = new MasteryForecast(ModelConfig.defaults(), THRESHOLD);
        BktParameters never = new BktParameters(0, 0, 0.2, 0.1);
        assertThat(forecast.expectedAnswers(never, 0)).isEqualTo(MasteryForecast.UNREACHABLE);
    }

    @Test
    void aGoalAddsUpItsSkillsAtTheirCurrentMasteryWithUnpractisedOnesAtTheirPrior() {
        BktParameters fast = new BktParameters(0.3, 0.3, 0.15, 0.1);
        ModelConfig config = ModelConfig.defaults().withSkillParameters(Map.of("b", fast));
        MasteryForecast forecast = new MasteryForecast(config, PlannerConfig.DEFAULT);
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        LearnerSnapshot snapshot = new LearnerSnapshot("l", now, Map.of(
                "a", new SkillEstimate("a", 0.6, 0.6, now.minusSeconds(60), 3),
                "c", new SkillEstimate("c", 0.97, 0.97, now.minusSeconds(60), 5)));
        RemainingWork work = forecast.remaining(snapshot, List.of("a", "b", "c", "a"));
        assertThat(work.skills()).isEqualTo(3);
        assertThat(work.masteredSkills()).isEqualTo(1);
        assertThat(work.complete()).isFalse();
        assertThat(work.expectedAnswers()).isCloseTo(forecast.expectedAnswers(ModelConfig.DEFAULT_PARAMETERS, 0.6)
                + forecast.expectedAnswers(fast, 0.3), within(1e-12));
        assertThat(forecast.remaining(snapshot, List.of("c")).complete()).isTrue();
    }

    @Test
    void answersMeasuringSeveralSkillsCountForEachOfThem() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        List<AnswerObservation> answers = List.of(
                new AnswerObservation("e1", "l", "i1", List.of("a"), true, at, 0),
                new AnswerObservation("e2", "l", "i2", List.of("a", "b"), true, at, 0),
                new AnswerObservation("e2", "l", "i2", List.of("a", "b"), true, at, 0), // redelivered
                new AnswerObservation("e3", "m", "i3", List.of("a", "b", "c"), false, at, 0));
        assertThat(MasteryForecast.opportunitiesPerAnswer(answers)).isEqualTo(2.0);
        assertThat(MasteryForecast.opportunitiesPerAnswer(List.of())).isEqualTo(1.0);

        LearnerSnapshot empty = new LearnerSnapshot("l", at, Map.of());
        List<String> skills = List.of("a", "b", "c");
        double onePerAnswer = new MasteryForecast(ModelConfig.defaults(), THRESHOLD).remaining(empty, skills)
                .expectedAnswers();
        assertThat(new MasteryForecast(ModelConfig.defaults(), THRESHOLD, 1.25).remaining(empty, skills)
                .expectedAnswers()).isCloseTo(onePerAnswer / 1.25, within(1e-9));
    }

    @Test
    void storedStatesAreReadWithForgettingLikeTheModelsSnapshot() {
        ModelConfig config = ModelConfig.defaults(); // 30-day half-life
        LearnerModel model = new LearnerModel(config);
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        for (int i = 0; i < 12; i++) {
            model.apply(new AnswerObservation("e" + i, "l", "i" + (i % 3), List.of(i % 2 == 0 ? "a" : "b"), true,
                    start.plusSeconds(60L * i), 0));
        }
        MasteryForecast forecast = new MasteryForecast(config, THRESHOLD);
        Instant later = start.plus(Duration.ofDays(40));
        List<String> skills = List.of("a", "b", "c");
        RemainingWork fromStates = forecast.remaining(model.skillStates("l"), skills, later);
        RemainingWork fromSnapshot = forecast.remaining(model.snapshot("l", later), skills);
        assertThat(fromStates).isEqualTo(fromSnapshot);
        // Forty days on, the mastered skills have decayed below the threshold and need answers again.
        RemainingWork rightAfter = forecast.remaining(model.skillStates("l"), skills, start.plusSeconds(3600));
        assertThat(rightAfter.masteredSkills()).isEqualTo(2);
        assertThat(fromStates.masteredSkills()).isZero();
        assertThat(fromStates.expectedAnswers()).isGreaterThan(rightAfter.expectedAnswers());
    }

    @Test
    void goalSkillsAreThoseOfTheGoalsModulesAndEverythingTheyRequire() {
        Set<String> skills = MasteryForecast.goalSkills(SeedCurriculum.dataAnalyst(), SeedCurriculum.GOAL);
        assertThat(skills).hasSize(25).doesNotHaveDuplicates().contains("python-essentials", "data-storytelling");
    }

    /**
     * Not a benchmark with a bound (timings on a shared build machine are not a test): prints what the team report
     * would spend on 500 learners of a 25-skill goal.
     */
    @Test
    void measuresTheCostOfAForecastFor500Learners() {
        Random random = new Random(3);
        Map<String, BktParameters> parameters = new HashMap<>();
        Set<String> skills = MasteryForecast.goalSkills(SeedCurriculum.dataAnalyst(), SeedCurriculum.GOAL);
        for (String skill : skills) {
            parameters.put(skill, new BktParameters(0.1 + 0.3 * random.nextDouble(), 0.05 + 0.25 * random.nextDouble(),
                    0.1 + 0.15 * random.nextDouble(), 0.05 + 0.1 * random.nextDouble()));
        }
        ModelConfig config = ModelConfig.defaults().withSkillParameters(parameters);
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        List<Map<String, SkillMastery>> learners = new ArrayList<>();
        for (int l = 0; l < 500; l++) {
            Map<String, SkillMastery> states = new HashMap<>();
            for (String skill : skills) {
                if (random.nextDouble() < 0.6) {
                    states.put(skill, new SkillMastery(skill, random.nextDouble(),
                            now.minus(Duration.ofHours(random.nextInt(24 * 60))), 5, 3));
                }
            }
            learners.add(states);
        }
        long prepareStart = System.nanoTime();
        MasteryForecast forecast = new MasteryForecast(config, THRESHOLD);
        forecast.prepare(skills);
        long prepare = System.nanoTime() - prepareStart;
        long coldStart = System.nanoTime();
        double sink = forecastAll(forecast, learners, skills, now);
        long cold = System.nanoTime() - coldStart;
        for (int i = 0; i < 200; i++) {
            sink += forecastAll(forecast, learners, skills, now);
        }
        int rounds = 50;
        long warmStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += forecastAll(forecast, learners, skills, now);
        }
        double warm = (System.nanoTime() - warmStart) / (double) rounds;
        System.out.printf(Locale.ROOT, "forecast for 500 learners x %d skills: tables of %d parameter sets %.1f ms, "
                        + "first call %.1f ms, then %.3f ms per 500 learners (checksum %.1f)%n", skills.size(),
                parameters.size(), prepare / 1e6, cold / 1e6, warm / 1e6, sink);
        assertThat(sink).isPositive();
    }

    private static double forecastAll(MasteryForecast forecast, List<Map<String, SkillMastery>> learners,
            Set<String> skills, Instant now) {
        double total = 0;
        for (Map<String, SkillMastery> states : learners) {
            total += forecast.remaining(states, skills, now).expectedAnswers();
        }
        return total;
    }
}
