package org.learnpath.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlacementTest {

    static final CatalogGraph GRAPH = KnowledgeStateModelTest.GRAPH;
    static final ModelConfig MODEL = KnowledgeStateModelTest.MODEL;

    static Placement placement(PlacementConfig config) {
        return new Placement(GRAPH, new KnowledgeStateModel(KnowledgeSpace.of(GRAPH, "g", 1_000), MODEL, config), config,
                0.95);
    }

    static List<ItemCandidate> bank() {
        List<ItemCandidate> items = new ArrayList<>();
        for (String skill : KnowledgeStateModelTest.SKILLS) {
            for (int i = 0; i < 4; i++) {
                items.add(new ItemCandidate(skill + "/" + i, List.of(skill), -1.0 + 0.7 * i));
            }
        }
        items.add(new ItemCandidate("across", List.of("a1", "b1"), 0)); // two modules: never asked
        items.add(new ItemCandidate("elsewhere", List.of("zz"), 0)); // not in the goal: never asked
        return items;
    }

    @Test
    void eachItemIsTheMostInformativeUnseenOneAndThePlacementStopsAtItsBudget() {
        Placement placement = placement(PlacementConfig.DEFAULT.withMaxItems(5));
        List<ItemCandidate> bank = bank();
        List<PlacementAnswer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of("d1/0"));
        for (int i = 0; i < 5; i++) {
            KnowledgeBelief belief = placement.belief(answers);
            PlacementItem next = placement.nextItem(belief, bank, seen).orElseThrow();
            assertThat(next.item().itemId()).isNotIn(seen).isNotIn("across", "elsewhere");
            for (ItemCandidate other : bank) {
                if (!seen.contains(other.itemId()) && belief.weighs(other)) {
                    assertThat(next.informationGain()).isGreaterThanOrEqualTo(belief.informationGain(other));
                }
            }
            assertThat(next.pCorrect()).isEqualTo(belief.pCorrect(next.item()));
            answers.add(new PlacementAnswer(next.item(), true));
            seen.add(next.item().itemId());
        }
        assertThat(placement.nextItem(placement.belief(answers), bank, seen)).isEmpty();
    }

    @Test
    void thePlacementEndsWhenNoItemWouldTellEnough() {
        Placement placement = placement(PlacementConfig.DEFAULT.withMinInformationBits(0.99));
        assertThat(placement.nextItem(placement.belief(List.of()), bank(), Set.of())).isEmpty();
    }

    @Test
    void anExpertIsPlacedPastEveryModuleAndToldWhichAnswerShowedIt() {
        Placement placement = placement(PlacementConfig.DEFAULT);
        List<PlacementAnswer> answers = new ArrayList<>();
        for (String skill : List.of("d1", "c1", "c2", "b1")) {
            for (int i = 2; i < 4; i++) {
                answers.add(new PlacementAnswer(new ItemCandidate(skill + "/" + i, List.of(skill), 0.4 + 0.7 * (i - 2)),
                        true));
            }
        }
        PlacementResult result = placement.result(placement.belief(answers), answers);
        assertThat(result.placedModules()).extracting(PlacementResult.PlacedModule::moduleSlug)
                .containsExactly("a", "b", "c", "d");
        PlacementResult.PlacedModule a = result.placedModules().get(0);
        assertThat(a.shownHere()).isFalse();
        assertThat(a.shownSkill()).isIn("b1", "c1", "c2", "d1");
        assertThat(placement.explain(a)).contains("which builds on this module");
        PlacementResult.PlacedModule d = result.placedModules().get(3);
        assertThat(d.shownHere()).isTrue();
        assertThat(placement.explain(d)).isEqualTo("You showed d1 in the placement assessment, so you start past this "
                + "module.");
        PlacementResult.SkillPlacement d1 = result.skills().stream().filter(s -> s.skillCode().equals("d1")).findFirst()
                .orElseThrow();
        assertThat(d1.answered()).isEqualTo(2);
        assertThat(d1.correct()).isEqualTo(2);
    }

    @Test
    void seedsAreCappedCountThePlacementsAnswersAndLeaveThePriorOfSkillsBeyondAGap() {
        Placement placement = placement(PlacementConfig.DEFAULT.withSeedCap(0.9));
        List<PlacementAnswer> answers = List.of(
                new PlacementAnswer(new ItemCandidate("a1/1", List.of("a1"), -0.5), true),
                new PlacementAnswer(new ItemCandidate("a1/2", List.of("a1"), 0.5), true),
                new PlacementAnswer(new ItemCandidate("a2/1", List.of("a2"), 0.5), true),
                new PlacementAnswer(new ItemCandidate("a2/2", List.of("a2"), 1.0), true),
                new PlacementAnswer(new ItemCandidate("b1/1", List.of("b1"), -1.0), false),
                new PlacementAnswer(new ItemCandidate("b1/2", List.of("b1"), -0.5), false));
        PlacementResult result = placement.result(placement.belief(answers), answers);
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        Map<String, SkillMastery> seeds = new java.util.HashMap<>();
        placement.seeds(result, at).forEach(seed -> seeds.put(seed.skillCode(), seed));
        assertThat(seeds.get("a1").mastery()).isEqualTo(0.9);
        assertThat(seeds.get("a1").evidence()).isEqualTo(0.9);
        assertThat(seeds.get("a1").practiceCount()).isEqualTo(2);
        assertThat(seeds.get("a1").lastPracticedAt()).isEqualTo(at);
        // b1 was answered (wrong): its low probability is what the learner showed.
        assertThat(seeds.get("b1").mastery()).isLessThan(MODEL.parameters("b1").prior());
        assertThat(seeds.get("b1").correctCount()).isZero();
        // d1 was never asked and lies beyond b1: below the prior, it keeps the prior (no seed).
        assertThat(result.skills().stream().filter(s -> s.skillCode().equals("d1")).findFirst().orElseThrow().known())
                .isLessThan(MODEL.parameters("d1").prior());
        assertThat(seeds).doesNotContainKey("d1");
    }

    @Test
    void placementIsOptionalForTheModelAnEmptyPlacementPlacesNoOne() {
        Placement placement = placement(PlacementConfig.DEFAULT);
        PlacementResult result = placement.result(placement.belief(List.of()), List.of());
        assertThat(result.placedModules()).isEmpty();
        assertThat(result.answers()).isZero();
        Optional<PlacementItem> first = placement.nextItem(placement.belief(List.of()), bank(), Set.of());
        assertThat(first).isPresent();
    }

    @Test
    void theEnterprisePopulationIsFourNovicesFourPartlyTrainedAndTwoExperiencedInTen() {
        Random random = new Random(1);
        int[] counts = new int[3];
        for (int i = 0; i < 10_000; i++) {
            counts[PopulationSegment.draw(random).ordinal()]++;
        }
        assertThat(counts[0]).isBetween(3_850, 4_150);
        assertThat(counts[1]).isBetween(3_850, 4_150);
        assertThat(counts[2]).isBetween(1_850, 2_150);
        for (PopulationSegment segment : PopulationSegment.values()) {
            double share = segment.drawShare(random);
            assertThat(share).isBetween(segment.minShare(), segment.maxShare());
        }
    }

    @Test
    void aLearnerKnowingAShareKnowsExactlyThatManySkillsClosedUnderPrerequisites() {
        LearnerSimulator simulator = new LearnerSimulator(GRAPH, Map.of("a1", MODEL.parameters("a1"), "a2",
                MODEL.parameters("a2"), "b1", MODEL.parameters("b1"), "c1", MODEL.parameters("c1"), "c2",
                MODEL.parameters("c2"), "d1", MODEL.parameters("d1")), List.of());
        for (int seed = 0; seed < 200; seed++) {
            Set<String> known = simulator.learnerKnowingShare("l" + seed, "g", 0.5, seed).initiallyKnownSkills();
            assertThat(known).hasSize(3);
            for (String skill : known) {
                CatalogGraph.Module module = GRAPH.module(GRAPH.modulesTeaching(skill).get(0));
                for (String required : GRAPH.transitivePrerequisites(module.slug())) {
                    assertThat(known).containsAll(GRAPH.module(required).skillCodes());
                }
            }
        }
        // With soft prerequisites some learners know a skill beyond a gap.
        LearnerSimulator soft = simulator.withRealism(SimulatorRealism.NONE.withSoftPrerequisiteRate(0.5));
        int beyond = 0;
        for (int seed = 0; seed < 200; seed++) {
            Set<String> known = soft.learnerKnowingShare("s" + seed, "g", 0.5, seed).initiallyKnownSkills();
            beyond += known.contains("d1") && !known.contains("b1") ? 1 : 0;
        }
        assertThat(beyond).isPositive();
    }
}
