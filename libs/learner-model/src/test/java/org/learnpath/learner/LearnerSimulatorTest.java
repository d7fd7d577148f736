package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.learnpath.learner.LearnerSimulator.RunOptions;
import org.learnpath.learner.LearnerSimulator.RunResult;
import org.learnpath.learner.LearnerSimulator.SimulatedLearner;

class LearnerSimulatorTest {

    static final CatalogGraph GRAPH = SeedCurriculum.dataAnalyst();
    static final BktParameters TRUE = new BktParameters(0.5, 0.2, 0.15, 0.08);

    static LearnerSimulator simulator() {
        Map<String, BktParameters> truth = new HashMap<>();
        GRAPH.skills().forEach(s -> truth.put(s.code(), TRUE));
        return new LearnerSimulator(GRAPH, truth,
                LearnerSimulator.itemBank(GRAPH, new double[] {-1, 0, 1, 0.5}, 0.2, new Random(3)));
    }

    @Test
    void sampledPriorKnowledgeIsClosedUnderPrerequisites() {
        LearnerSimulator simulator = simulator();
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            SimulatedLearner learner = simulator.sampleLearner("l" + i, random.nextDouble(), random.nextLong());
            for (CatalogGraph.Module module : GRAPH.modules()) {
                boolean knowsSomething = module.skillCodes().stream().anyMatch(learner::knows);
                if (knowsSomething) {
                    for (String required : GRAPH.transitivePrerequisites(module.slug())) {
                        assertThat(learner.knowsAll(GRAPH.module(required).skillCodes())).isTrue();
                    }
                }
            }
        }
        assertThat(simulator.sampleLearner("novice", 0, 1).knownSkills()).isEmpty();
        assertThat(simulator.sampleLearner("expert", 1, 1).knownSkills()).hasSize(25);
    }

    @Test
    void runsAreReproducibleFromTheirSeeds() {
        LearnerSimulator simulator = simulator();
        ModelConfig config = ModelConfig.defaults().withDefaultParameters(new BktParameters(0.2, 0.2, 0.15, 0.08));
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        List<RunResult> results = new ArrayList<>();
        List<Map<String, SkillMastery>> states = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            LearnerModel model = new LearnerModel(config);
            results.add(simulator.followRecommendations(simulator.sampleLearner("ann", 0.5, 77), SeedCurriculum.GOAL,
                    model, planner, RunOptions.DEFAULT, (path, item, snapshot) -> { }));
            states.add(model.skillStates("ann"));
        }
        assertThat(results.get(0)).isEqualTo(results.get(1));
        assertThat(states.get(0)).isEqualTo(states.get(1));
        assertThat(results.get(0).masteredByModel()).isTrue();
    }

    @Test
    void afterALongBreakTheRecommendedPathStartsWithReviews() {
        LearnerSimulator simulator = simulator();
        ModelConfig config = ModelConfig.defaults().withDefaultParameters(new BktParameters(0.2, 0.2, 0.15, 0.08));
        PathPlanner planner = new PathPlanner(GRAPH, config, PlannerConfig.DEFAULT);
        LearnerModel model = new LearnerModel(config); // forgetting: half-life 30 days
        SimulatedLearner learner = simulator.sampleLearner("ann", 0.3, 5);
        RunResult first = simulator.followRecommendations(learner, SeedCurriculum.GOAL, model, planner,
                RunOptions.DEFAULT, (path, item, snapshot) -> { });
        assertThat(first.masteredByModel()).isTrue();

        RunOptions later = new RunOptions(RunOptions.DEFAULT.start().plus(Duration.ofDays(60)), Duration.ofMinutes(1),
                2_000, 3);
        List<Step> steps = new ArrayList<>();
        RunResult second = simulator.followRecommendations(learner, SeedCurriculum.GOAL, model, planner, later,
                (path, item, snapshot) -> steps.add(path.nextStep()));
        assertThat(second.masteredByModel()).isTrue();
        // Two half-lives later every skill is far below the threshold: the path starts over with a review of the
        // foundation. A review answer that does not bring mastery back to the threshold turns it into study again.
        assertThat(steps.get(0).kind()).isEqualTo(StepKind.REVIEW);
        assertThat(steps.get(0).skillCode()).isEqualTo("python-essentials");
        assertThat(steps.get(0).reason().kind()).isEqualTo(ReasonKind.REVIEW_DUE);
        assertThat(steps).extracting(Step::kind).contains(StepKind.STUDY);
    }

    @Test
    void generatedBktSequencesFollowTheirParameters() {
        List<boolean[]> sequences = LearnerSimulator.bktSequences(TRUE, 20_000, 2, new Random(9));
        double firstCorrect = sequences.stream().filter(s -> s[0]).count() / 20_000.0;
        assertThat(firstCorrect).isCloseTo(TRUE.pCorrect(TRUE.prior()), within(0.01));
        double secondCorrect = sequences.stream().filter(s -> s[1]).count() / 20_000.0;
        assertThat(secondCorrect).isCloseTo(TRUE.pCorrect(TRUE.learn(TRUE.prior())), within(0.01));
    }
}
