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
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.Item;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.RunResult;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

/**
 * Each {@link SimulatorRealism} switch changes the generated answers the way it claims, measured on a few thousand
 * simulated answers with fixed seeds against the same simulator with the switch off. Bounds: the expected value
 * from the switch's formula, with a margin of at least three binomial standard deviations (stated per test).
 */
class SimulatorRealismTest {

    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final String SKILL = "python-essentials";
    static final Instant T0 = RunOptions.DEFAULT.start();

    /** Every skill with the same true parameters; items as given. */
    static LearnerSimulator simulator(BktParameters truth, List<Item> items, SimulatorRealism realism) {
        Map<String, BktParameters> parameters = new HashMap<>();
        GRAPH.skills().forEach(s -> parameters.put(s.code(), truth));
        return new LearnerSimulator(GRAPH, parameters, items).withRealism(realism);
    }

    static Item item(String id, double difficulty, int options) {
        return new Item(id, List.of(SKILL), difficulty, difficulty, options);
    }

    /** Share of correct answers of {@code n} fresh learners (knowing the skill or not) answering {@code item} once. */
    static double shareRight(LearnerSimulator simulator, Item item, boolean known, int n, long seed) {
        Random seeds = new Random(seed);
        int right = 0;
        for (int i = 0; i < n; i++) {
            SimulatedLearner learner = simulator.learner("l" + i, known ? List.of(SKILL) : List.of(), seeds.nextLong());
            right += simulator.answer(learner, item, T0) ? 1 : 0;
        }
        return right / (double) n;
    }

    @Test
    void theGuessingFloorLetsBlindPicksPassSingleChoiceItemsOneTimeInK() {
        // guess 0.02 on an item of difficulty 1: an unknowing learner's own attempt succeeds 0.74% of the time.
        BktParameters truth = new BktParameters(0.5, 0, 0.02, 0.1);
        double attempt = Logit.sigmoid(Logit.logit(0.02) - 1);
        Item four = item("four", 1, 4);
        Item two = item("two", 1, 2);
        Item open = item("open", 1, 0);
        LearnerSimulator floor = simulator(truth, List.of(four, two, open), SimulatorRealism.NONE.withGuessingFloor(true));
        LearnerSimulator none = simulator(truth, List.of(four, two, open), SimulatorRealism.NONE);
        double fourOptions = shareRight(floor, four, false, 3_000, 1);
        double twoOptions = shareRight(floor, two, false, 3_000, 2);
        double openAnswer = shareRight(floor, open, false, 3_000, 3);
        double fourWithoutFloor = shareRight(none, four, false, 3_000, 1);
        System.out.printf(Locale.ROOT, "guessing floor, unknown skill, 3,000 answers each: 4 options %.3f, 2 options "
                + "%.3f, open %.3f; 4 options with the floor off %.3f%n", fourOptions, twoOptions, openAnswer,
                fourWithoutFloor);
        // Margins 0.03: more than three binomial SDs (0.008 at 0.25, 0.009 at 0.5).
        assertThat(fourOptions).isCloseTo(0.25 + 0.75 * attempt, within(0.03));
        assertThat(twoOptions).isCloseTo(0.5 + 0.5 * attempt, within(0.03));
        assertThat(openAnswer).isCloseTo(attempt, within(0.01));
        assertThat(fourWithoutFloor).isCloseTo(attempt, within(0.01));
    }

    @Test
    void steeperItemsSeparateKnowingFromNotKnowingLearnersBetter() {
        BktParameters truth = new BktParameters(0.5, 0, 0.2, 0.1);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            items.add(item("item-" + i, 0, 0));
        }
        LearnerSimulator spread = simulator(truth, items, SimulatorRealism.NONE.withDiscriminationSd(0.5));
        LearnerSimulator none = simulator(truth, items, SimulatorRealism.NONE);
        List<Item> bySlope = new ArrayList<>(items);
        bySlope.sort((a, b) -> Double.compare(spread.discrimination(a.itemId()), spread.discrimination(b.itemId())));
        List<Item> flat = bySlope.subList(0, 40);
        List<Item> steep = bySlope.subList(80, 120);
        double flatSeparation = separation(spread, flat, 4);
        double steepSeparation = separation(spread, steep, 5);
        double noneSeparation = separation(none, steep, 5);
        double meanLogSlope = items.stream().mapToDouble(i -> Math.log(spread.discrimination(i.itemId())))
                .average().orElseThrow();
        System.out.printf(Locale.ROOT, "discrimination (sd 0.5), P(right | known) - P(right | unknown) over 2 x 2,000 "
                        + "answers: flattest third %.3f (slopes %.2f-%.2f), steepest third %.3f (%.2f-%.2f), same "
                        + "items with slopes off %.3f; mean log slope %.3f%n", flatSeparation,
                spread.discrimination(flat.get(0).itemId()), spread.discrimination(flat.get(39).itemId()),
                steepSeparation, spread.discrimination(steep.get(0).itemId()),
                spread.discrimination(steep.get(39).itemId()), noneSeparation, meanLogSlope);
        assertThat(none.discrimination("item-0")).isEqualTo(1.0);
        assertThat(meanLogSlope).isCloseTo(0, within(0.15)); // slopes spread around 1 (SE of the mean 0.05)
        // Slope 1 gives 0.9 - 0.2 = 0.70. Margin 0.1 (SE of each separation below 0.015).
        assertThat(noneSeparation).isCloseTo(0.70, within(0.04));
        assertThat(steepSeparation).isGreaterThan(flatSeparation + 0.15);
        assertThat(steepSeparation).isGreaterThan(noneSeparation + 0.05);
        assertThat(flatSeparation).isLessThan(noneSeparation - 0.05);
    }

    /** Share right of knowing minus not knowing learners, 50 answers per item each. */
    static double separation(LearnerSimulator simulator, List<Item> items, long seed) {
        double known = 0;
        double unknown = 0;
        for (Item item : items) {
            // A seed per item: the same learners on every item would make the items' shares one sample of 50.
            long itemSeed = seed * 1_000_003 + item.itemId().hashCode();
            known += shareRight(simulator, item, true, 50, itemSeed) / items.size();
            unknown += shareRight(simulator, item, false, 50, itemSeed + 1) / items.size();
        }
        return known - unknown;
    }

    @Test
    void abilitySpreadWidensTheSpreadOfLearnersAccuracy() {
        BktParameters truth = new BktParameters(0.5, 0, 0.25, 0.1);
        Item open = item("open", 0, 0);
        double binomial = 0.25 * 0.75 / 30;
        double none = accuracyVariance(simulator(truth, List.of(open), SimulatorRealism.NONE), open);
        double spread = accuracyVariance(simulator(truth, List.of(open),
                SimulatorRealism.NONE.withAbilitySd(1.0)), open);
        System.out.printf(Locale.ROOT, "ability spread, variance of accuracy over 300 unknowing learners x 30 answers:"
                + " off %.4f (binomial %.4f), sd 1.0 %.4f%n", none, binomial, spread);
        // Off: the binomial variance (its sampling error at 300 learners is about 8%, margin 25%). On: about
        // (p(1 - p))^2 = 0.035 more between learners; bound at three times the binomial variance.
        assertThat(none).isCloseTo(binomial, within(binomial / 4));
        assertThat(spread).isGreaterThan(3 * binomial);
    }

    static double accuracyVariance(LearnerSimulator simulator, Item item) {
        Random seeds = new Random(11);
        double[] accuracy = new double[300];
        for (int l = 0; l < accuracy.length; l++) {
            SimulatedLearner learner = simulator.learner("l" + l, List.of(), seeds.nextLong());
            int right = 0;
            for (int a = 0; a < 30; a++) {
                right += simulator.answer(learner, item, T0) ? 1 : 0;
            }
            accuracy[l] = right / 30.0;
        }
        return variance(accuracy);
    }

    @Test
    void learningRateSpreadWidensTheSpreadOfAnswersUntilLearnt() {
        BktParameters truth = new BktParameters(0.5, 0.2, 0.2, 0.1);
        Item open = item("open", 0, 0);
        double none = opportunitiesVariance(simulator(truth, List.of(open), SimulatorRealism.NONE), open);
        double spread = opportunitiesVariance(simulator(truth, List.of(open),
                SimulatorRealism.NONE.withLearnRateSd(0.8)), open);
        System.out.printf(Locale.ROOT, "learning-rate spread, variance of answers until learnt over 2,000 learners: "
                + "off %.1f (geometric 20.0), sd 0.8 %.1f%n", none, spread);
        // Off: geometric with p = 0.2, variance (1 - p) / p^2 = 20 (sampling error about 6% at 2,000, margin 20%).
        assertThat(none).isCloseTo(20, within(4.0));
        assertThat(spread).isGreaterThan(1.5 * 20);
    }

    static double opportunitiesVariance(LearnerSimulator simulator, Item item) {
        Random seeds = new Random(12);
        double[] opportunities = new double[2_000];
        for (int l = 0; l < opportunities.length; l++) {
            SimulatedLearner learner = simulator.learner("l" + l, List.of(), seeds.nextLong());
            int n = 0;
            while (!learner.knows(SKILL) && n < 500) {
                simulator.answer(learner, item, T0);
                n++;
            }
            opportunities[l] = n;
        }
        return variance(opportunities);
    }

    @Test
    void carelessSlipsCostLearnersWhoKnowTheSkillAnswers() {
        BktParameters truth = new BktParameters(0.5, 0, 0.2, 0.1);
        Item open = item("open", 0, 0);
        double none = shareRight(simulator(truth, List.of(open), SimulatorRealism.NONE), open, true, 4_000, 21);
        LearnerSimulator careless = simulator(truth, List.of(open), SimulatorRealism.NONE.withCarelessMax(0.2));
        double withSlips = shareRight(careless, open, true, 4_000, 21);
        System.out.printf(Locale.ROOT, "careless slips (up to 0.2, mean 0.1), known skill, 4,000 answers: off %.3f, "
                + "on %.3f%n", none, withSlips);
        // 0.9 off, 0.9 * (1 - 0.1) = 0.81 on; margin 0.02 (binomial SD 0.005-0.006).
        assertThat(none).isCloseTo(0.9, within(0.02));
        assertThat(withSlips).isCloseTo(0.81, within(0.02));
        assertThat(careless.learner("x", List.of(), 5).traits().careless()).isBetween(0.0, 0.2);
    }

    @Test
    void knowledgeFadesAfterALongGapAndLessAfterSpacedReviews() {
        // learn 1: the first answer teaches the skill, so every learner starts from the same memory.
        BktParameters truth = new BktParameters(0.5, 1, 0.2, 0.05);
        Item open = item("open", 0, 0);
        SimulatorRealism forgetting = SimulatorRealism.NONE.withForgetting(3, 60, 3);
        LearnerSimulator simulator = simulator(truth, List.of(open), forgetting);
        Duration gap = Duration.ofDays(5);
        Duration minute = Duration.ofMinutes(1);
        double immediately = afterReviews(simulator, open, List.of(), minute, 31)[0];
        double[] noReview = afterReviews(simulator, open, List.of(), gap, 32);
        double[] massed = afterReviews(simulator, open, List.of(minute, minute.multipliedBy(2)), gap, 33);
        double[] spaced = afterReviews(simulator, open, List.of(Duration.ofDays(1), Duration.ofDays(3)), gap, 34);
        double withoutForgetting = afterReviews(simulator(truth, List.of(open), SimulatorRealism.NONE), open,
                List.of(), gap, 32)[0];
        System.out.printf(Locale.ROOT, "forgetting (stability 3 days, gain 3), share right / truly known 5 days after "
                        + "the last practice, 2,000 learners each: 1 minute later %.3f; no review %.3f / %.3f; two "
                        + "massed reviews %.3f / %.3f; reviews after 1 and 3 days %.3f / %.3f; forgetting off %.3f%n",
                immediately, noReview[0], noReview[1], massed[0], massed[1], spaced[0], spaced[1], withoutForgetting);
        // Known after 5 days without review: exp(-5/3) = 0.189 (binomial SD 0.009, margin 0.03); share right
        // 0.95 * 0.189 + 0.2 * 0.811 = 0.34. Spaced: a learner who keeps the skill to both reviews reaches a
        // stability of about 10.6 days (3 -> 5.5 -> 10.6), one who lapsed in between starts again from 3; measured
        // 0.46 known (0.55 right) against 0.20 (0.35) massed. Margins: half the measured differences, over five SDs.
        assertThat(immediately).isGreaterThan(0.9);
        assertThat(noReview[1]).isCloseTo(Math.exp(-5 / 3.0), within(0.03));
        assertThat(noReview[0]).isCloseTo(0.95 * Math.exp(-5 / 3.0) + 0.2 * (1 - Math.exp(-5 / 3.0)), within(0.04));
        assertThat(massed[1]).isCloseTo(noReview[1], within(0.04));
        assertThat(spaced[1]).isGreaterThan(massed[1] + 0.13);
        assertThat(spaced[0]).isGreaterThan(massed[0] + 0.10);
        assertThat(withoutForgetting).isGreaterThan(0.9);
    }

    /**
     * Learners learn the skill at T0, review it after each of {@code reviews} (offsets from T0) and answer once more
     * {@code gap} after the last practice: {share right, share truly known} at that answer.
     */
    static double[] afterReviews(LearnerSimulator simulator, Item item, List<Duration> reviews, Duration gap,
            long seed) {
        Random seeds = new Random(seed);
        int right = 0;
        int known = 0;
        int n = 2_000;
        for (int l = 0; l < n; l++) {
            SimulatedLearner learner = simulator.learner("l" + l, List.of(), seeds.nextLong());
            simulator.answer(learner, item, T0);
            Instant last = T0;
            for (Duration review : reviews) {
                last = T0.plus(review);
                simulator.answer(learner, item, last);
            }
            Instant test = last.plus(gap);
            known += learner.knows(SKILL, test) ? 1 : 0;
            right += simulator.answer(learner, item, test) ? 1 : 0;
        }
        return new double[] {right / (double) n, known / (double) n};
    }

    @Test
    void aWrongAnswerWithItsExplanationTeachesMoreThanARightOne() {
        BktParameters truth = new BktParameters(0.5, 0.2, 0.3, 0.1);
        Item open = item("open", 0, 0);
        double[] none = learnAfter(simulator(truth, List.of(open), SimulatorRealism.NONE), open);
        double[] feedback = learnAfter(simulator(truth, List.of(open),
                SimulatorRealism.NONE.withFeedbackLearning(1.5, 0.75)), open);
        System.out.printf(Locale.ROOT, "learning by feedback, P(learnt) after a wrong / right answer on an unknown "
                + "skill (4,000 learners): off %.3f / %.3f, on (x1.5 / x0.75) %.3f / %.3f%n", none[0], none[1],
                feedback[0], feedback[1]);
        // Off both 0.2; on 0.3 and 0.15. Margin 0.03: over three SDs with at least 1,500 right answers.
        assertThat(none[0]).isCloseTo(0.2, within(0.03));
        assertThat(none[1]).isCloseTo(0.2, within(0.03));
        assertThat(feedback[0]).isCloseTo(0.3, within(0.03));
        assertThat(feedback[1]).isCloseTo(0.15, within(0.03));
    }

    /** {P(learnt | wrong), P(learnt | right)} over answers on the unknown skill, learners answering until learnt. */
    static double[] learnAfter(LearnerSimulator simulator, Item item) {
        Random seeds = new Random(41);
        int[] answers = new int[2];
        int[] learnt = new int[2];
        for (int l = 0; l < 4_000; l++) {
            SimulatedLearner learner = simulator.learner("l" + l, List.of(), seeds.nextLong());
            while (!learner.knows(SKILL)) {
                int right = simulator.answer(learner, item, T0) ? 1 : 0;
                answers[right]++;
                learnt[right] += learner.knows(SKILL) ? 1 : 0;
            }
        }
        return new double[] {learnt[0] / (double) answers[0], learnt[1] / (double) answers[1]};
    }

    @Test
    void softPrerequisitesLetSomeLearnersKnowASkillWithoutItsPrerequisites() {
        BktParameters truth = new BktParameters(0.5, 0.2, 0.2, 0.1);
        Item open = item("open", 0, 0);
        int none = learnersWithAGap(simulator(truth, List.of(open), SimulatorRealism.NONE));
        int soft = learnersWithAGap(simulator(truth, List.of(open), SimulatorRealism.NONE.withSoftPrerequisiteRate(0.1)));
        System.out.printf(Locale.ROOT, "soft prerequisites, of 1,000 sampled learners knowing a skill without all its "
                + "prerequisites: closed %d, soft 0.1 %d%n", none, soft);
        assertThat(none).isZero();
        // Most learners have some module beyond a gap; at rate 0.1 times breadth a few hundred know one of its skills.
        assertThat(soft).isBetween(50, 900);
    }

    static int learnersWithAGap(LearnerSimulator simulator) {
        Random seeds = new Random(51);
        int count = 0;
        for (int i = 0; i < 1_000; i++) {
            SimulatedLearner learner = simulator.sampleLearner("l" + i, seeds.nextDouble(), seeds.nextLong());
            boolean gap = false;
            for (CatalogGraph.Module module : GRAPH.modules()) {
                if (module.skillCodes().stream().anyMatch(learner::knows)) {
                    for (String required : GRAPH.transitivePrerequisites(module.slug())) {
                        gap |= !learner.knowsAll(GRAPH.module(required).skillCodes());
                    }
                }
            }
            count += gap ? 1 : 0;
        }
        return count;
    }

    /**
     * The recommended path and the fixed study order on the realistic simulator, with the default model (no
     * forgetting in the model, untrained parameters): printed for the record, asserting only that runs end. The
     * calibrated comparison is TrustEvaluationTest.
     */
    @Test
    void theRealisticSimulatorRunsBothStrategies() {
        LearnerSimulator simulator = RealisticWorld.simulator(SimulatorRealism.REALISTIC);
        ModelConfig config = ModelConfig.defaults().withForgetting(Forgetting.NONE);
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        LearnerModel pathModel = new LearnerModel(config);
        LearnerModel courseModel = new LearnerModel(config);
        Random seeds = new Random(2024);
        int learners = 200;
        long[] answers = new long[2];
        int[] certified = new int[2];
        int[] falselyCertified = new int[2];
        for (int i = 0; i < learners; i++) {
            double breadth = seeds.nextDouble();
            long seed = seeds.nextLong();
            RunResult a = simulator.followRecommendations(simulator.sampleLearner("r" + i, breadth, seed),
                    SeedCurriculum.GOAL, pathModel, planner, RunOptions.DEFAULT, (path, item, snapshot) -> { });
            RunResult b = simulator.followStudyOrder(simulator.sampleLearner("c" + i, breadth, seed),
                    SeedCurriculum.GOAL, courseModel, PlannerConfig.DEFAULT, RunOptions.DEFAULT);
            RunResult[] results = {a, b};
            for (int s = 0; s < 2; s++) {
                answers[s] += results[s].answers();
                certified[s] += results[s].masteredByModel() ? 1 : 0;
                falselyCertified[s] += results[s].masteredByModel() && !results[s].trulyMasteredAtEnd() ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "REALISTIC simulator (truth seed 7, learner seeds 2024, %d learners, default "
                        + "model without forgetting): answers per learner recommended %.1f, fixed course %.1f; certified "
                        + "%d / %d; certified without truly knowing the goal %d / %d%n", learners,
                answers[0] / (double) learners, answers[1] / (double) learners, certified[0], certified[1],
                falselyCertified[0], falselyCertified[1]);
        assertThat(certified[0]).isGreaterThan(learners / 2);
        assertThat(certified[1]).isGreaterThan(learners / 2);
        assertThat(answers[0]).isPositive();
    }

    static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }
}
