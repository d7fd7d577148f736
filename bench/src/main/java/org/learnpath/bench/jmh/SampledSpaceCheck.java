package org.learnpath.bench.jmh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.learnpath.learner.CatalogGraph;
import org.learnpath.learner.ItemCandidate;
import org.learnpath.learner.KnowledgeBelief;
import org.learnpath.learner.KnowledgeSpace;
import org.learnpath.learner.KnowledgeStateModel;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.Placement;
import org.learnpath.learner.PlacementAnswer;
import org.learnpath.learner.PlacementConfig;
import org.learnpath.learner.PlacementItem;

/**
 * How far the sampled knowledge space (what a goal too large to enumerate gets) is from the exact one, on the seeded
 * goals, which all enumerate: 30 simulated placements per goal, each weighed both ways, and the time to draw the space.
 * Run: {@code java -cp bench/target/learnpath-bench.jar org.learnpath.bench.jmh.SampledSpaceCheck [draws]}.
 */
public final class SampledSpaceCheck {

    private SampledSpaceCheck() {
    }

    public static void main(String[] args) {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : PlacementConfig.DEFAULT.samples();
        CatalogGraph graph = SeedCatalog.load();
        ModelConfig model = ModelConfig.defaults();
        for (String goal : List.of("data-analyst", "ml-foundations", "deep-learning-practitioner",
                "ml-interview-ready")) {
            PlacementConfig exactConfig = PlacementConfig.DEFAULT;
            PlacementConfig sampledConfig = PlacementConfig.DEFAULT.withMaxStates(1).withSamples(draws);
            KnowledgeSpace exactSpace = KnowledgeSpace.of(graph, goal, exactConfig);
            long start = System.nanoTime();
            KnowledgeSpace sampledSpace = KnowledgeSpace.of(graph, goal, sampledConfig);
            long drawn = System.nanoTime() - start;
            Placement exact = new Placement(graph, new KnowledgeStateModel(exactSpace, model, exactConfig), exactConfig,
                    0.95);
            KnowledgeStateModel approximate = new KnowledgeStateModel(sampledSpace, model, sampledConfig);
            Random random = new Random(42);
            List<ItemCandidate> items = new ArrayList<>();
            for (String skill : exactSpace.skills()) {
                for (int i = 0; i < 12; i++) {
                    items.add(new ItemCandidate(skill + "/" + i, List.of(skill), -1.5 + 3 * random.nextDouble(),
                            random.nextBoolean() ? 0.25 : 0));
                }
            }
            double worst = 0;
            double sum = 0;
            int readings = 0;
            long weighing = 0;
            for (int learner = 0; learner < 30; learner++) {
                int knows = random.nextInt(exactSpace.skills().size() + 1);
                Set<String> known = new HashSet<>(exactSpace.skills().subList(0, knows));
                List<PlacementAnswer> answers = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < 20; i++) {
                    Optional<PlacementItem> next = exact.nextItem(exact.belief(answers), items, seen);
                    if (next.isEmpty()) {
                        break;
                    }
                    ItemCandidate item = next.get().item();
                    answers.add(new PlacementAnswer(item, random.nextDouble()
                            < (known.containsAll(item.skillCodes()) ? 0.9 : 0.2)));
                    seen.add(item.itemId());
                }
                KnowledgeBelief truth = exact.belief(answers);
                long t = System.nanoTime();
                KnowledgeBelief estimate = approximate.belief(answers);
                weighing += System.nanoTime() - t;
                for (String skill : exactSpace.skills()) {
                    double error = Math.abs(truth.known(skill) - estimate.known(skill));
                    worst = Math.max(worst, error);
                    sum += error;
                    readings++;
                }
            }
            System.out.printf(Locale.ROOT, "%s: %d down-sets; %d draws gave %d of them in %d ms; after a placement "
                            + "|P(known) - exact| mean %.4f, worst %.4f (%d readings); sampled belief %.2f ms%n", goal,
                    exactSpace.downSetCount(), draws, sampledSpace.downSetCount(), drawn / 1_000_000, sum / readings,
                    worst, readings, weighing / 30 / 1e6);
        }
    }
}
