package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.PlacedRunResult;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.RunResult;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

/**
 * Placement on the seeded "Data Analyst" goal (25 skills) for the population enterprise upskilling sees
 * ({@link PopulationSegment}: 40% novices, 40% partly trained, 20% experienced; prior knowledge closed under
 * prerequisites): the placement assessment then the recommended path, against the goal's fixed study order, with the
 * same fitted model and the same certification rule for both (the placement with its default prior: no opinion on how
 * much of the goal learners know). Also printed: the path without placement, and an
 * oracle, a placement that is free and perfect (every skill the learner knows seeded as answered with evidence 0.999),
 * which bounds what any placement could save.
 *
 * <p>Two worlds, both seeded: the model's own assumptions ({@link PathEfficiencyTest}'s world: true BKT parameters from
 * seed 7, six items per skill) and {@link RealisticWorld} with {@link SimulatorRealism#REALISTIC} without its
 * forgetting (ability and learning-rate spread, item slopes, guessing floors, careless slips, and soft prerequisites:
 * some of a learner's knowledge lies beyond a gap). In each, the model's parameters are fitted with {@link BktFitter}
 * on 1,000 other learners of the same population who took the fixed course.
 */
class PlacementEvaluationTest {

    static final int LEARNERS = 600;
    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final String GOAL = SeedCurriculum.GOAL;
    static final Set<String> GOAL_SKILLS = new LinkedHashSet<>();

    static World model;
    static World realistic;

    /** One learner's baselines: the fixed order, the path alone, the oracle. */
    record Baselines(PopulationSegment segment, double share, long seed, RunResult course, RunResult path,
            RunResult oracle) {
    }

    /** Sums over the learners of one segment, for one placement configuration. */
    static final class Segment {
        int learners;
        long placedAnswers;
        long courseAnswers;
        long pathAnswers;
        long oracleAnswers;
        long placementAnswers;
        int maxPlacementAnswers;
        long skillsClassified;
        long skillsRight;
        int placedFalse;
        int courseFalse;
        int pathFalse;
        int uncertified;

        void add(PlacedRunResult placed, Baselines baselines, int right) {
            learners++;
            placedAnswers += placed.run().answers();
            courseAnswers += baselines.course().answers();
            pathAnswers += baselines.path().answers();
            oracleAnswers += baselines.oracle().answers();
            placementAnswers += placed.placementAnswers();
            maxPlacementAnswers = Math.max(maxPlacementAnswers, placed.placementAnswers());
            skillsClassified += placed.placement().skills().size();
            skillsRight += right;
            placedFalse += falselyCertified(placed.run());
            courseFalse += falselyCertified(baselines.course());
            pathFalse += falselyCertified(baselines.path());
            uncertified += placed.run().masteredByModel() && baselines.course().masteredByModel() ? 0 : 1;
        }

        static int falselyCertified(RunResult run) {
            return run.masteredByModel() && !run.trulyMasteredAtEnd() ? 1 : 0;
        }

        double saved() {
            return 1 - placedAnswers / (double) courseAnswers;
        }

        double classifiedRight() {
            return skillsRight / (double) skillsClassified;
        }

        String describe(String name) {
            return String.format(Locale.ROOT, "  %-15s %3d learners: answers to certification: placement+path %.1f "
                            + "(placement %.1f, at most %d), fixed order %.1f: %.1f%% fewer; path alone %.1f, oracle "
                            + "%.1f (%.1f%% fewer); skills classified right after placement %.1f%%; falsely certified: "
                            + "placement+path %d, fixed order %d, path alone %d",
                    name, learners, placedAnswers / (double) learners, placementAnswers / (double) learners,
                    maxPlacementAnswers, courseAnswers / (double) learners, 100 * saved(),
                    pathAnswers / (double) learners, oracleAnswers / (double) learners,
                    100 * (1 - oracleAnswers / (double) courseAnswers), 100 * classifiedRight(), placedFalse,
                    courseFalse, pathFalse);
        }
    }

    /** The figures of one placement configuration in one world. */
    static final class Outcome {
        final Map<PopulationSegment, Segment> segments = new EnumMap<>(PopulationSegment.class);
        final Segment all = new Segment();
        long steps;

        Segment experienced() {
            return segments.get(PopulationSegment.EXPERIENCED);
        }
    }

    /** One simulated world: its simulator, the fitted model, each learner's baselines. */
    static final class World {
        final String name;
        final LearnerSimulator simulator;
        final ModelConfig config;
        final PathPlanner planner;
        final KnowledgeSpace space = KnowledgeSpace.of(GRAPH, GOAL, PlacementConfig.DEFAULT.maxStates());
        final List<Baselines> baselines = new ArrayList<>();
        Outcome outcome;

        World(String name, LearnerSimulator simulator, int learners) {
            this.name = name;
            this.simulator = simulator;
            ModelConfig untrained = ModelConfig.defaults().withForgetting(Forgetting.NONE);
            List<AnswerObservation> history = new ArrayList<>();
            LearnerSimulator recording = simulator.withAnswerListener(history::add);
            LearnerModel cohortModel = new LearnerModel(untrained);
            Random cohort = new Random(99);
            for (int i = 0; i < 1_000; i++) {
                PopulationSegment segment = PopulationSegment.draw(cohort);
                SimulatedLearner learner = recording.learnerKnowingShare("cohort-" + i, GOAL,
                        segment.drawShare(cohort), cohort.nextLong());
                recording.followStudyOrder(learner, GOAL, cohortModel, PlannerConfig.DEFAULT, RunOptions.DEFAULT);
            }
            Map<String, BktParameters> parameters = new HashMap<>();
            new BktFitter(FitOptions.DEFAULT).fitAll(AnswerHistories.bySkill(history))
                    .forEach((skill, fit) -> parameters.put(skill, fit.parameters()));
            this.config = untrained.withSkillParameters(parameters);
            this.planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);

            LearnerModel courseModel = new LearnerModel(config);
            LearnerModel pathModel = new LearnerModel(config);
            LearnerModel oracleModel = new LearnerModel(config);
            Random seeds = new Random(2024);
            for (int i = 0; i < learners; i++) {
                PopulationSegment segment = PopulationSegment.draw(seeds);
                double share = segment.drawShare(seeds);
                long seed = seeds.nextLong();
                RunResult course = simulator.followStudyOrder(simulator.learnerKnowingShare("c" + i, GOAL, share,
                        seed), GOAL, courseModel, PlannerConfig.DEFAULT, RunOptions.DEFAULT);
                RunResult path = simulator.followRecommendations(simulator.learnerKnowingShare("r" + i, GOAL, share,
                        seed), GOAL, pathModel, planner, RunOptions.DEFAULT, (p, r, s) -> { });
                SimulatedLearner known = simulator.learnerKnowingShare("o" + i, GOAL, share, seed);
                for (String skill : known.initiallyKnownSkills()) {
                    oracleModel.restore(known.id(), new SkillMastery(skill, 0.999, 0.999,
                            RunOptions.DEFAULT.start().minusSeconds(60), 1, 1));
                }
                RunResult oracle = simulator.followRecommendations(known, GOAL, oracleModel, planner,
                        RunOptions.DEFAULT, (p, r, s) -> { });
                baselines.add(new Baselines(segment, share, seed, course, path, oracle));
            }
        }

        /** Places every learner with {@code placementConfig}, then follows the path. */
        Outcome place(PlacementConfig placementConfig) {
            Outcome outcome = new Outcome();
            Placement placement = new Placement(GRAPH, new KnowledgeStateModel(space, config, placementConfig),
                    placementConfig, PlannerConfig.DEFAULT.masteryThreshold());
            LearnerModel placedModel = new LearnerModel(config);
            for (int i = 0; i < baselines.size(); i++) {
                Baselines learnerBaselines = baselines.get(i);
                SimulatedLearner learner = simulator.learnerKnowingShare("p" + i, GOAL, learnerBaselines.share(),
                        learnerBaselines.seed());
                PlacedRunResult placed = simulator.followPlacementThenRecommendations(learner, GOAL, placedModel,
                        placement, planner, RunOptions.DEFAULT, (path, item, snapshot) -> {
                            outcome.steps++;
                            PathEfficiencyTest.assertRespectsPrerequisites(path, item, snapshot, placedModel);
                        });
                // What placement classified, against what the learner knew when it ended.
                int right = 0;
                for (PlacementResult.SkillPlacement skill : placed.placement().skills()) {
                    right += (skill.known() >= 0.5) == placed.knownAfterPlacement().contains(skill.skillCode()) ? 1 : 0;
                }
                outcome.segments.computeIfAbsent(learnerBaselines.segment(), s -> new Segment())
                        .add(placed, learnerBaselines, right);
                outcome.all.add(placed, learnerBaselines, right);
            }
            return outcome;
        }

        World evaluate() {
            long start = System.nanoTime();
            outcome = place(PlacementConfig.DEFAULT);
            System.out.printf(Locale.ROOT, "placement evaluation, %s (seeds: world 7, cohort 99, learners 2024; %d "
                    + "study steps checked for prerequisites; %d ms)%n", name, outcome.steps,
                    (System.nanoTime() - start) / 1_000_000);
            outcome.segments.forEach((segment, sums) -> System.out.println(sums.describe(segment.name())));
            System.out.println(outcome.all.describe("ALL"));
            return this;
        }
    }

    @BeforeAll
    static void run() {
        GRAPH.goalClosure(GOAL).forEach(m -> GOAL_SKILLS.addAll(m.skillCodes()));
        Random random = new Random(7);
        Map<String, BktParameters> truth = new HashMap<>();
        for (CatalogGraph.Skill skill : GRAPH.skills()) {
            truth.put(skill.code(), new BktParameters(0.5, 0.1 + 0.2 * random.nextDouble(),
                    0.1 + 0.15 * random.nextDouble(), 0.05 + 0.1 * random.nextDouble()));
        }
        LearnerSimulator own = new LearnerSimulator(GRAPH, truth, LearnerSimulator.itemBank(GRAPH,
                new double[] {-1.5, -0.9, -0.3, 0.3, 0.9, 1.5}, 0.3, random));
        model = new World("the model's assumptions", own, LEARNERS).evaluate();
        realistic = new World("REALISTIC without forgetting",
                RealisticWorld.simulator(SimulatorRealism.REALISTIC.withForgetting(0, 0, 0)), LEARNERS / 2).evaluate();
    }

    // Measured (seeds above; model world 600 learners, realistic 300), answers to certification, placement + path
    // against the fixed order: model world 189.2 vs 225.6 (16.1% fewer; target 30%), experienced 98.0 vs 161.5 (39.4%;
    // target 50%); placement 18.2 answers on average, never more than 20; skills classified right after it 87.7%
    // (target 90%); falsely certified 4 against 6 for the fixed order. REALISTIC without forgetting: 283.7 vs 295.2
    // (3.9% fewer), 79.6% classified right, 14 falsely certified against 27. Why the targets are missed:
    // docs/placement.md. Bounds: the measured values minus the margins stated.

    @Test
    void placementSavesAnswersAndTheExperiencedSaveMost() {
        assertThat(model.outcome.all.saved()).as("whole population, measured 16.1%").isGreaterThanOrEqualTo(0.13);
        assertThat(model.outcome.experienced().saved()).as("experienced, measured 39.4%").isGreaterThanOrEqualTo(0.33);
        assertThat(realistic.outcome.all.saved()).as("realistic world, measured 3.9%").isGreaterThanOrEqualTo(-0.02);
    }

    @Test
    void placementAsksAtMostTwentyItemsAndClassifiesMostSkills() {
        assertThat(model.outcome.all.maxPlacementAnswers).isLessThanOrEqualTo(20);
        assertThat(realistic.outcome.all.maxPlacementAnswers).isLessThanOrEqualTo(20);
        assertThat(model.outcome.all.classifiedRight()).as("measured 87.7%").isGreaterThanOrEqualTo(0.85);
        assertThat(realistic.outcome.all.classifiedRight()).as("measured 79.6%").isGreaterThanOrEqualTo(0.76);
    }

    @Test
    void placementCertifiesNoMoreLearnersFalselyThanTheFixedOrder() {
        // Counts near 5 vary by 2-3 between sets of learners: the margin is 2.
        assertThat(model.outcome.all.placedFalse).as("measured 4 vs 6")
                .isLessThanOrEqualTo(model.outcome.all.courseFalse + 2);
        assertThat(realistic.outcome.all.placedFalse).as("measured 14 vs 27")
                .isLessThanOrEqualTo(realistic.outcome.all.courseFalse);
        assertThat(model.outcome.all.uncertified + realistic.outcome.all.uncertified).isZero();
        // Every study step of every placed learner was checked against the prerequisites in place() (none failed).
        assertThat(model.outcome.steps).isGreaterThan(50_000);
    }
}
