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
                double simulated = simulate(p, mastery, THRESHOLD, random, 100_000);
                double solved = forecast.expectedAnswers(p, mastery);
                System.out.printf(Locale.ROOT, "%s from %.2f: solved %.3f, simulated %.3f%n", p, mastery, solved,
                        simulated);
                // The simulation's own standard error is about 0.3% of the mean at 100,000 runs.
                assertThat(solved).as("%s from %.2f", p, mastery).isCloseTo(simulated, within(0.015 * simulated + 0.02));
            }
        }
    }

    @Test
    void agreesWithASimulationOfTheChainUpToTheCertificationLevelOfA25SkillGoal() {
        Random random = new Random(6);
        List<BktParameters> cases = List.of(ModelConfig.DEFAULT_PARAMETERS, new BktParameters(0.3, 0.05, 0.25, 0.12),
                new BktParameters(0.1, 0.3, 0.1, 0.05), new BktParameters(0.5, 0.1, 0.3, 0.2));
        MasteryForecast forecast = new MasteryForecast(ModelConfig.defaults(), THRESHOLD);
        for (BktParameters p : cases) {
            double level = forecast.certificationLevel(p, 25);
            for (double mastery : new double[] {p.prior(), 0.5, 0.94, 0.97, (level + 0.99) / 2}) {
                double simulated = simulate(p, mastery, level, random, 100_000);
                double solved = forecast.expectedAnswers(p, mastery, level);
                System.out.printf(Locale.ROOT, "%s from %.4f to %.5f: solved %.3f, simulated %.3f%n", p, mastery,
                        level, solved, simulated);
                assertThat(solved).as("%s from %.4f", p, mastery)
                        .isCloseTo(simulated, within(0.015 * simulated + 0.02));
            }
        }
    }

    /** The chain itself: a hidden state drawn with the model's belief, answers and learning as BKT says. */
    static double simulate(BktParameters p, double mastery, double level, Random random, int runs) {
        long total = 0;
        for (int run = 0; run < runs; run++) {
            boolean known = random.nextDouble() < mastery;
            double m = mastery;
            while (m < level) {
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
    void aGoalAddsUpItsSkillsUpToTheirCertificationLevelWithUnpractisedOnesAtTheirPrior() {
        BktParameters fast = new BktParameters(0.3, 0.3, 0.15, 0.1);
        ModelConfig config = ModelConfig.defaults().withSkillParameters(Map.of("b", fast));
        MasteryForecast forecast = new MasteryForecast(config, PlannerConfig.DEFAULT);
        BktParameters p = ModelConfig.DEFAULT_PARAMETERS;
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        LearnerSnapshot snapshot = new LearnerSnapshot("l", now, Map.of(
                "a", new SkillEstimate("a", 0.6, 0.6, now.minusSeconds(60), 3, 0.6),
                "c", new SkillEstimate("c", 0.96, 0.96, now.minusSeconds(60), 5, 0.96)));
        RemainingWork work = forecast.remaining(snapshot, List.of("a", "b", "c", "a"));
        assertThat(work.skills()).isEqualTo(3);
        // Mastered counts on the mastery threshold, but c is not certain enough for a goal of three skills yet.
        assertThat(work.masteredSkills()).isEqualTo(1);
        assertThat(work.complete()).isFalse();
        double level = level(p, 0.95, 3);
        assertThat(level).isBetween(0.96, 0.99);
        assertThat(forecast.certificationLevel(p, 3)).isCloseTo(level, within(1e-12));
        assertThat(forecast.expectedAnswers(p, 0.96, level)).isPositive();
        assertThat(work.expectedAnswers()).isCloseTo(forecast.expectedAnswers(p, 0.6, level)
                + forecast.expectedAnswers(fast, 0.3, level(fast, 0.95, 3))
                + forecast.expectedAnswers(p, 0.96, level), within(1e-12));
        // Alone, c is certain enough: for a goal of one skill the mastery threshold is enough evidence.
        assertThat(forecast.certificationLevel(p, 1)).isEqualTo(THRESHOLD);
        RemainingWork onlyC = forecast.remaining(snapshot, List.of("c"));
        assertThat(onlyC.complete()).isTrue();
        assertThat(onlyC.expectedAnswers()).isZero();
    }

    /** The level of the class comment, written out: the evidence share, widened by the last check's overshoot. */
    static double level(BktParameters p, double target, int skills) {
        double step = (1 - p.slip()) / (p.guess() * (1 - p.learn()));
        double unused = (1 - 1 / step) / Math.log(step);
        double evidence = Math.exp(Math.log(target) / (skills * unused));
        return Math.max(THRESHOLD, evidence + (1 - evidence) * p.learn());
    }

    @Test
    void theCertificationLevelGrowsWithTheGoalAndTheTargetAndNeverFallsBelowTheMasteryThreshold() {
        BktParameters p = ModelConfig.DEFAULT_PARAMETERS;
        MasteryForecast forecast = new MasteryForecast(ModelConfig.defaults(), PlannerConfig.DEFAULT);
        assertThat(forecast.certificationTarget()).isEqualTo(PlannerConfig.DEFAULT.certificationTarget());
        assertThat(forecast.certificationLevel(p, 25)).isGreaterThan(forecast.certificationLevel(p, 5));
        assertThat(forecast.expectedAnswers(p, 0.2, forecast.certificationLevel(p, 25)))
                .isGreaterThan(forecast.expectedAnswers(p, 0.2) + 2);
        MasteryForecast stricter = new MasteryForecast(ModelConfig.defaults(),
                PlannerConfig.DEFAULT.withCertificationTarget(0.99));
        assertThat(stricter.certificationTarget()).isEqualTo(0.99);
        assertThat(stricter.certificationLevel(p, 25)).isGreaterThan(forecast.certificationLevel(p, 25));
        MasteryForecast lenient = new MasteryForecast(ModelConfig.defaults(), THRESHOLD, 0.5, 1);
        assertThat(lenient.certificationLevel(p, 1)).isEqualTo(THRESHOLD);
        // The constructors without a target use the default one.
        assertThat(new MasteryForecast(ModelConfig.defaults(), THRESHOLD, 1.2).certificationTarget())
                .isEqualTo(PlannerConfig.DEFAULT_CERTIFICATION_TARGET);
        // Learning at every answer: any answer reaches the level.
        BktParameters instant = new BktParameters(0.1, 1, 0.2, 0.1);
        assertThat(forecast.expectedAnswers(instant, 0.1, forecast.certificationLevel(instant, 25)))
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void aSkillNeverAnsweredNeedsAnAnswerEvenWhenItsPriorIsHighEnough() {
        BktParameters known = new BktParameters(0.9999, 0.2, 0.2, 0.1);
        ModelConfig config = ModelConfig.defaults().withSkillParameters(Map.of("a", known));
        MasteryForecast forecast = new MasteryForecast(config, PlannerConfig.DEFAULT);
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(forecast.certificationLevel(known, 1)).isLessThan(known.prior());
        RemainingWork unanswered = forecast.remaining(new LearnerSnapshot("l", now, Map.of()), List.of("a"));
        assertThat(unanswered.masteredSkills()).isEqualTo(1);
        assertThat(unanswered.expectedAnswers()).isEqualTo(1);
        assertThat(forecast.remaining(Map.of(), List.of("a"), now).expectedAnswers()).isEqualTo(1);
        RemainingWork answered = forecast.remaining(new LearnerSnapshot("l", now,
                Map.of("a", new SkillEstimate("a", 0.9999, 0.9999, now, 1, 0.9999))), List.of("a"));
        assertThat(answered.expectedAnswers()).isZero();
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

        // Opportunities up to the mastery threshold are shared by the skills an answer measures; certification
        // checks (from the threshold to the level) are single-skill items.
        LearnerSnapshot empty = new LearnerSnapshot("l", at, Map.of());
        List<String> skills = List.of("a", "b", "c");
        BktParameters p = ModelConfig.DEFAULT_PARAMETERS;
        MasteryForecast shared = new MasteryForecast(ModelConfig.defaults(), THRESHOLD, 1.25);
        double study = shared.expectedAnswers(p, p.prior());
        double checks = shared.expectedAnswers(p, p.prior(), shared.certificationLevel(p, 3)) - study;
        assertThat(checks).isPositive();
        assertThat(shared.remaining(empty, skills).expectedAnswers()).isCloseTo(3 * (study / 1.25 + checks),
                within(1e-9));
        assertThat(new MasteryForecast(ModelConfig.defaults(), THRESHOLD).remaining(empty, skills).expectedAnswers())
                .isCloseTo(3 * (study + checks), within(1e-9));
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
                    double mastery = random.nextDouble();
                    states.put(skill, new SkillMastery(skill, mastery, mastery,
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
