package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.RunResult;

/**
 * Diagnosis during study (remediation by evidence), on {@link PathEfficiencyTest}'s world (the model's own
 * assumptions, parameters fitted on a cohort that took the fixed course; same learners, seeded).
 *
 * <p>In the world where the truth learns a skill only once the prerequisites of its module are truly known
 * ({@link SimulatorRealism#learningNeedsPrerequisites()}), a learner whose prerequisite the model believes mastered on
 * lucky answers fails on the module built on it until the cap: without diagnosis nothing sends them back, since the
 * prerequisite neither decays nor is answered again. With diagnosis the failures raise the doubt that a prerequisite is
 * missing, a check of it fails, and the prerequisite is studied again. In the old world (learning regardless of
 * prerequisites) diagnosis can only cost: every check there is spurious, and those are counted.
 */
class DiagnosisEvaluationTest {

    static final int LEARNERS = 300;
    static final String GOAL = SeedCurriculum.GOAL;
    /** Lower than the default cap: a stuck learner costs this many answers per configuration. */
    static final RunOptions OPTIONS = new RunOptions(RunOptions.DEFAULT.start(), RunOptions.DEFAULT.gap(), 1_000,
            RunOptions.DEFAULT.recentWindow());

    static LearnerSimulator oldWorld;
    static LearnerSimulator gatedWorld;

    @BeforeAll
    static void setUp() {
        PathEfficiencyTest.setUp();
        oldWorld = PathEfficiencyTest.simulator;
        gatedWorld = oldWorld.withRealism(SimulatorRealism.NONE.withLearningNeedsPrerequisites(true));
    }

    /** Sums over the learners of one configuration. */
    static final class Outcome {
        int learners;
        int stuck;
        int falselyCertified;
        long answers;
        long certifiedAnswers;
        long checks;
        int learnersChecked;

        void add(RunResult run, int runChecks) {
            learners++;
            answers += run.answers();
            if (run.masteredByModel()) {
                certifiedAnswers += run.answers();
                falselyCertified += run.trulyMasteredAtEnd() ? 0 : 1;
            } else {
                stuck++;
            }
            checks += runChecks;
            learnersChecked += runChecks > 0 ? 1 : 0;
        }

        double meanCertifiedAnswers() {
            return certifiedAnswers / (double) (learners - stuck);
        }

        String describe(String name) {
            return String.format(Locale.ROOT, "  %-28s stuck (not certified by %d answers) %3d/%d; answers per "
                            + "learner %.1f (certified ones %.1f); falsely certified %d; diagnosis checks %d (%.2f "
                            + "per learner, %d learners checked)",
                    name, OPTIONS.maxAnswers(), stuck, learners, answers / (double) learners,
                    meanCertifiedAnswers(), falselyCertified, checks, checks / (double) learners, learnersChecked);
        }
    }

    static Outcome run(LearnerSimulator simulator, double diagnosisThreshold) {
        PlannerConfig plannerConfig = PlannerConfig.DEFAULT.withDiagnosisThreshold(diagnosisThreshold);
        PathPlanner planner = new PathPlanner(PathEfficiencyTest.GRAPH, PathEfficiencyTest.config, plannerConfig);
        LearnerModel model = new LearnerModel(PathEfficiencyTest.config);
        Random seeds = new Random(2024);
        Outcome outcome = new Outcome();
        for (int i = 0; i < LEARNERS; i++) {
            double breadth = seeds.nextDouble();
            long seed = seeds.nextLong();
            int[] checks = new int[1];
            RunResult result = simulator.followRecommendations(simulator.sampleLearner("d" + i, breadth, seed), GOAL,
                    model, planner, OPTIONS, (path, item, snapshot) -> {
                        PathEfficiencyTest.assertRespectsPrerequisites(path, item, snapshot, model);
                        if (path.nextStep().reason().kind() == ReasonKind.PREREQUISITE_DOUBTED) {
                            checks[0]++;
                        }
                    });
            outcome.add(result, checks[0]);
        }
        return outcome;
    }

    @Test
    void diagnosisFreesLearnersStuckBehindAFalselyMasteredPrerequisiteAtASmallCostElsewhere() {
        long start = System.nanoTime();
        Outcome gatedOff = run(gatedWorld, PlannerConfig.DIAGNOSIS_OFF);
        Outcome gatedOn = run(gatedWorld, PlannerConfig.DEFAULT_DIAGNOSIS_THRESHOLD);
        Outcome oldOff = run(oldWorld, PlannerConfig.DIAGNOSIS_OFF);
        Outcome oldOn = run(oldWorld, PlannerConfig.DEFAULT_DIAGNOSIS_THRESHOLD);
        System.out.printf(Locale.ROOT, "diagnosis during study, %d learners (%d ms):%n%s%n%s%n%s%n%s%n", LEARNERS,
                (System.nanoTime() - start) / 1_000_000,
                gatedOff.describe("gated world, diagnosis off"), gatedOn.describe("gated world, diagnosis on"),
                oldOff.describe("old world, diagnosis off"), oldOn.describe("old world, diagnosis on"));
        // Measured (fixed seeds, 300 learners, cap 1,000 answers):
        //   gated world, diagnosis off: 36/300 stuck, 335.5 answers per learner (244.9 for the certified), 1 falsely
        //                               certified;
        //   gated world, diagnosis on:   0/300 stuck, 244.6 answers, 0 falsely certified, 558 checks (1.86 per
        //                               learner, 133 learners checked);
        //   old world, diagnosis off:    0 stuck, 238.6 answers, 2 falsely certified;
        //   old world, diagnosis on:     0 stuck, 240.0 answers (+0.6%), 5 falsely certified, 356 spurious checks
        //                               (1.19 per learner, 132 learners checked).
        // Bounds at the measured values with margins: stuck without diagnosis at least 24 (36 minus two standard
        // deviations of a count near 36); with it at most 3; answers with it at most 255 (measured 244.6, the path
        // alone varies by about 3 per learner between sets of 300); the old world's cost at most 3% more answers
        // (measured 0.6%) and 2 checks per learner (measured 1.19); falsely certified at most 3% of learners in every
        // configuration (measured 0-1.7%; the certification target allows 5%).
        assertThat(gatedOff.stuck).as("stuck without diagnosis").isGreaterThanOrEqualTo(24);
        assertThat(gatedOn.stuck).as("stuck with diagnosis").isLessThanOrEqualTo(3);
        assertThat(gatedOn.answers / (double) LEARNERS).isLessThanOrEqualTo(255);
        assertThat(oldOn.answers).as("cost in the old world").isLessThanOrEqualTo((long) (oldOff.answers * 1.03));
        assertThat(oldOn.checks).as("spurious checks").isLessThanOrEqualTo(2L * LEARNERS);
        assertThat(oldOff.stuck + oldOn.stuck).isZero();
        for (Outcome outcome : new Outcome[] {gatedOff, gatedOn, oldOff, oldOn}) {
            assertThat(outcome.falselyCertified).isLessThanOrEqualTo(LEARNERS * 3 / 100);
        }
    }
}
