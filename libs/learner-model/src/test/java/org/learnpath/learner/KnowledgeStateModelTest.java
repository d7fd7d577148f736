package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KnowledgeStateModelTest {

    /** A(a1, a2) <- B(b1), A <- C(c1, c2), B and C <- D(d1): the goal is D. */
    static final CatalogGraph GRAPH = CatalogGraph.builder()
            .module("a", "A", List.of("a1", "a2"), List.of())
            .module("b", "B", List.of("b1"), List.of("a"))
            .module("c", "C", List.of("c1", "c2"), List.of("a"))
            .module("d", "D", List.of("d1"), List.of("b", "c"))
            .goal("g", "G", List.of("d"))
            .build();
    static final List<String> SKILLS = List.of("a1", "a2", "b1", "c1", "c2", "d1");

    static final ModelConfig MODEL = ModelConfig.defaults().withSkillParameters(Map.of(
            "a1", new BktParameters(0.3, 0.2, 0.2, 0.1), "a2", new BktParameters(0.3, 0.2, 0.15, 0.05),
            "b1", new BktParameters(0.3, 0.2, 0.25, 0.1), "c1", new BktParameters(0.3, 0.2, 0.1, 0.12),
            "c2", new BktParameters(0.3, 0.2, 0.2, 0.08), "d1", new BktParameters(0.3, 0.2, 0.2, 0.1)));
    static final PlacementConfig CONFIG = PlacementConfig.DEFAULT.withBreadths(List.of(0.2, 0.5, 0.8),
            List.of(1.0, 2.0, 1.0));

    @Test
    void theSpaceHoldsTheDownSetsOfFullyKnownModulesAndCountsTheStates() {
        KnowledgeSpace space = KnowledgeSpace.of(GRAPH, "g", 1_000);
        // Down-sets: {}, {a}, {a,b}, {a,c}, {a,b,c}, {a,b,c,d}.
        assertThat(space.downSetCount()).isEqualTo(6);
        assertThat(space.stateCount()).isEqualTo(bruteForceStates());
        assertThat(space.skills()).containsExactlyElementsOf(SKILLS);
        assertThatThrownBy(() -> KnowledgeSpace.of(GRAPH, "g", 5)).isInstanceOf(KnowledgeSpace.TooLargeException.class);
    }

    @Test
    void theDataAnalystGoalOfTheFixtureHasSomeThousandStates() {
        // The fixture's graph (the catalog's before its curriculum-foundation edges) has more down-sets than the
        // catalog's own (307): fewer edges, more ways to know part of the goal.
        KnowledgeSpace space = KnowledgeSpace.of(SeedCurriculum.dataAnalyst(), SeedCurriculum.GOAL, 1_000_000);
        System.out.printf("data-analyst fixture: %d down-sets, %.0f states%n", space.downSetCount(), space.stateCount());
        assertThat(space.downSetCount()).isEqualTo(339);
        assertThat(space.stateCount()).isEqualTo(6_693);
    }

    @Test
    void theBeliefIsExactlyBayesRuleOverEveryFeasibleState() {
        exactness(CONFIG);
    }

    static void exactness(PlacementConfig config) {
        KnowledgeStateModel model = new KnowledgeStateModel(KnowledgeSpace.of(GRAPH, "g", 1_000), MODEL, config);
        Random random = new Random(3);
        List<ItemCandidate> items = List.of(new ItemCandidate("ia", List.of("a1"), 0.5, 0.25),
                new ItemCandidate("iab", List.of("a1", "a2"), -0.3), new ItemCandidate("ib", List.of("b1"), 1.2),
                new ItemCandidate("ic", List.of("c2"), 0, 0.25), new ItemCandidate("icc", List.of("c1", "c2"), 0.4),
                new ItemCandidate("id", List.of("d1"), -1.0, 0.2));
        for (int trial = 0; trial < 20; trial++) {
            List<PlacementAnswer> answers = new ArrayList<>();
            int count = random.nextInt(8);
            for (int i = 0; i < count; i++) {
                answers.add(new PlacementAnswer(items.get(random.nextInt(items.size())), random.nextBoolean()));
            }
            KnowledgeBelief belief = model.belief(answers);
            Map<Integer, Double> posterior = bruteForcePosterior(answers, config);
            double evidence = posterior.remove(-1);
            assertThat(belief.logEvidence()).isCloseTo(Math.log(evidence), within(1e-9));
            for (int s = 0; s < SKILLS.size(); s++) {
                double expected = 0;
                for (Map.Entry<Integer, Double> state : posterior.entrySet()) {
                    expected += (state.getKey() & (1 << s)) != 0 ? state.getValue() : 0;
                }
                assertThat(belief.known(SKILLS.get(s))).as("%s after %s", SKILLS.get(s), answers)
                        .isCloseTo(expected, within(1e-9));
            }
            for (ItemCandidate item : items) {
                double mean = 0;
                double conditional = 0;
                for (Map.Entry<Integer, Double> state : posterior.entrySet()) {
                    double p = pCorrect(item, state.getKey());
                    mean += state.getValue() * p;
                    conditional += state.getValue() * KnowledgeBelief.entropy(p);
                }
                assertThat(belief.pCorrect(item)).isCloseTo(mean, within(1e-9));
                assertThat(belief.informationGain(item)).isCloseTo(KnowledgeBelief.entropy(mean) - conditional,
                        within(1e-9));
            }
        }
    }

    @Test
    void aSkillIsNeverMoreLikelyKnownThanWhatItBuildsOn() {
        KnowledgeStateModel model = new KnowledgeStateModel(KnowledgeSpace.of(GRAPH, "g", 1_000), MODEL, CONFIG);
        // Right on the advanced skill, wrong on a basic one: the evidence conflicts, the probabilities stay ordered.
        KnowledgeBelief belief = model.belief(List.of(
                new PlacementAnswer(new ItemCandidate("id", List.of("d1"), 1.0), true),
                new PlacementAnswer(new ItemCandidate("id2", List.of("d1"), 1.0), true),
                new PlacementAnswer(new ItemCandidate("ia", List.of("a2"), -1.0), false)));
        for (String basic : List.of("a1", "a2")) {
            for (String advanced : List.of("b1", "c1", "c2", "d1")) {
                assertThat(belief.known(advanced)).isLessThanOrEqualTo(belief.known(basic) + 1e-12);
            }
        }
        assertThat(belief.known("d1")).isLessThanOrEqualTo(Math.min(belief.known("b1"), belief.known("c2")) + 1e-12);
    }

    @Test
    void rightAnswersOnAnAdvancedSkillSpeakForEverythingItBuildsOn() {
        KnowledgeStateModel model = new KnowledgeStateModel(KnowledgeSpace.of(GRAPH, "g", 1_000), MODEL, CONFIG);
        KnowledgeBelief prior = model.belief(List.of());
        KnowledgeBelief after = model.belief(List.of(
                new PlacementAnswer(new ItemCandidate("id", List.of("d1"), 1.0), true),
                new PlacementAnswer(new ItemCandidate("id2", List.of("d1"), 1.5), true)));
        for (String skill : List.of("a1", "a2", "b1", "c1", "c2")) {
            assertThat(after.known(skill)).as(skill).isGreaterThan(prior.known(skill) + 0.2);
        }
        KnowledgeBelief failedBasic = model.belief(List.of(
                new PlacementAnswer(new ItemCandidate("ia", List.of("a1"), -1.5), false),
                new PlacementAnswer(new ItemCandidate("ia2", List.of("a1"), -1.0), false)));
        assertThat(failedBasic.known("d1")).isLessThan(prior.known("d1") / 3);
    }

    @Test
    void itemsSpanningModulesOrOutsideTheGoalAreNotWeighed() {
        KnowledgeStateModel model = new KnowledgeStateModel(KnowledgeSpace.of(GRAPH, "g", 1_000), MODEL, CONFIG);
        KnowledgeBelief belief = model.belief(List.of());
        assertThat(belief.weighs(new ItemCandidate("x", List.of("a1", "b1"), 0))).isFalse();
        assertThat(belief.weighs(new ItemCandidate("y", List.of("zz"), 0))).isFalse();
        assertThatThrownBy(() -> model.belief(List.of(new PlacementAnswer(new ItemCandidate("x", List.of("a1", "b1"), 0),
                true)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSampledSpaceApproximatesTheExactPosteriorOfAGoalTooLargeToEnumerate() {
        // The Data Analyst goal enumerates in 339 down-sets; forced to sample them (a limit of 10), the placement of
        // simulated learners is weighed both ways.
        CatalogGraph graph = SeedCurriculum.dataAnalyst();
        PlacementConfig exactConfig = PlacementConfig.DEFAULT;
        PlacementConfig sampledConfig = PlacementConfig.DEFAULT.withMaxStates(10).withSamples(20_000);
        KnowledgeSpace exactSpace = KnowledgeSpace.of(graph, SeedCurriculum.GOAL, exactConfig);
        KnowledgeSpace sampledSpace = KnowledgeSpace.of(graph, SeedCurriculum.GOAL, sampledConfig);
        assertThat(exactSpace.sampled()).isFalse();
        assertThat(sampledSpace.sampled()).isTrue();
        assertThat(KnowledgeSpace.of(graph, SeedCurriculum.GOAL, sampledConfig).stateCount())
                .as("the same goal draws the same space").isEqualTo(sampledSpace.stateCount());
        ModelConfig model = ModelConfig.defaults();
        Placement exact = new Placement(graph, new KnowledgeStateModel(exactSpace, model, exactConfig), exactConfig,
                0.95);
        KnowledgeStateModel approximate = new KnowledgeStateModel(sampledSpace, model, sampledConfig);
        List<ItemCandidate> bank = new ArrayList<>();
        for (String skill : exactSpace.skills()) {
            for (int i = 0; i < 6; i++) {
                bank.add(new ItemCandidate(skill + "/" + i, List.of(skill), -1.5 + 0.6 * i, i % 2 == 0 ? 0.25 : 0));
            }
        }
        Random random = new Random(11);
        double worst = 0;
        double sum = 0;
        int readings = 0;
        for (int learner = 0; learner < 40; learner++) {
            int knows = random.nextInt(exactSpace.skills().size() + 1);
            java.util.Set<String> known = new java.util.HashSet<>(exactSpace.skills().subList(0, knows));
            List<PlacementAnswer> answers = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < 20; i++) {
                java.util.Optional<PlacementItem> next = exact.nextItem(exact.belief(answers), bank, seen);
                if (next.isEmpty()) {
                    break;
                }
                ItemCandidate item = next.get().item();
                boolean right = random.nextDouble() < (known.containsAll(item.skillCodes()) ? 0.9 : 0.2);
                answers.add(new PlacementAnswer(item, right));
                seen.add(item.itemId());
            }
            KnowledgeBelief truth = exact.belief(answers);
            KnowledgeBelief estimate = approximate.belief(answers);
            for (String skill : exactSpace.skills()) {
                double error = Math.abs(truth.known(skill) - estimate.known(skill));
                worst = Math.max(worst, error);
                sum += error;
                readings++;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "sampled space (20,000 draws, %d of 339 down-sets): after a placement, "
                + "|P(known) - exact| mean %.4f, worst %.4f over %d readings%n", sampledSpace.downSetCount(),
                sum / readings, worst, readings);
        assertThat(sum / readings).isLessThan(0.02);
        assertThat(worst).isLessThan(0.2);
    }

    // Brute force over all 2^6 skill sets, with the generative process written out.

    static double bruteForceStates() {
        int count = 0;
        for (int state = 0; state < 1 << SKILLS.size(); state++) {
            if (prior(state, 0.5) > 0) {
                count++;
            }
        }
        return count;
    }

    /** Posterior per feasible state; key -1 holds P(answers). */
    static Map<Integer, Double> bruteForcePosterior(List<PlacementAnswer> answers, PlacementConfig config) {
        Map<Integer, Double> joint = new HashMap<>();
        double total = 0;
        double weightSum = config.breadthWeights().stream().mapToDouble(Double::doubleValue).sum();
        for (int state = 0; state < 1 << SKILLS.size(); state++) {
            double prior = 0;
            for (int b = 0; b < config.breadths().size(); b++) {
                prior += config.breadthWeights().get(b) / weightSum * prior(state, config.breadths().get(b));
            }
            if (prior == 0) {
                continue;
            }
            double p = prior;
            for (PlacementAnswer answer : answers) {
                double correct = pCorrect(answer.item(), state);
                p *= answer.correct() ? correct : 1 - correct;
            }
            joint.put(state, p);
            total += p;
        }
        double evidence = total;
        joint.replaceAll((state, p) -> p / evidence);
        joint.put(-1, evidence);
        return joint;
    }

    /** Walks the modules in study order: a ready module's skills are each known with probability b. */
    static double prior(int state, double b) {
        double p = 1;
        List<String> full = new ArrayList<>();
        for (CatalogGraph.Module module : GRAPH.goalClosure("g")) {
            boolean ready = full.containsAll(module.prerequisites());
            boolean all = true;
            for (String skill : module.skillCodes()) {
                boolean known = (state & (1 << SKILLS.indexOf(skill))) != 0;
                all &= known;
                p *= ready ? (known ? b : 1 - b) : (known ? 0 : 1);
            }
            if (ready && all) {
                full.add(module.slug());
            }
        }
        return p;
    }

    static double pCorrect(ItemCandidate item, int state) {
        double p = 1;
        for (String skill : item.skillCodes()) {
            BktParameters parameters = MODEL.parameters(skill).forItem(item.difficulty(), item.guessFloor());
            p *= (state & (1 << SKILLS.indexOf(skill))) != 0 ? 1 - parameters.slip() : parameters.guess();
        }
        return p;
    }
}
