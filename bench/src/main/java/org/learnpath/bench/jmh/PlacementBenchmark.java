package org.learnpath.bench.jmh;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The placement assessment's cost per answer on each seeded goal: the knowledge-state belief recomputed from all the
 * placement's answers (what the recommender does for every placement request), and the choice of the next item by
 * expected information gain over the goal's items (12 per skill, as the seeded bank), both after 19 answers, i.e. for
 * the last item of a 20-item placement. Building the goal's knowledge space is a one-off per goal and catalog version,
 * printed at set-up.
 * Run: {@code java -cp bench/target/learnpath-bench.jar org.openjdk.jmh.Main PlacementBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PlacementBenchmark {

    @Param({"data-analyst", "ml-foundations", "deep-learning-practitioner", "ml-interview-ready"})
    public String goal;

    private Placement placement;
    private List<ItemCandidate> items;
    private List<PlacementAnswer> answers;
    private KnowledgeBelief belief;
    private Set<String> seen;

    @Setup(Level.Trial)
    public void setUp() {
        CatalogGraph graph = SeedCatalog.load();
        long start = System.nanoTime();
        KnowledgeSpace space = KnowledgeSpace.of(graph, goal, PlacementConfig.DEFAULT.maxStates());
        long built = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%n%s: %d skills, %d modules, %d down-sets, %.3g states; space built in %d ms%n",
                goal, space.skills().size(), space.modules().size(), space.downSetCount(), space.stateCount(),
                built / 1_000_000);
        ModelConfig model = ModelConfig.defaults();
        placement = new Placement(graph, new KnowledgeStateModel(space, model, PlacementConfig.DEFAULT),
                PlacementConfig.DEFAULT, 0.95);
        Random random = new Random(42);
        items = new ArrayList<>();
        for (String skill : space.skills()) {
            for (int i = 0; i < 12; i++) {
                items.add(new ItemCandidate(skill + "/" + i, List.of(skill), -1.5 + 3 * random.nextDouble(),
                        random.nextBoolean() ? 0.25 : 0));
            }
        }
        // A learner who knows the first 60% of the goal's skills in study order, as placement asks them.
        Set<String> known = new HashSet<>(space.skills().subList(0, (int) (0.6 * space.skills().size())));
        answers = new ArrayList<>();
        seen = new HashSet<>();
        for (int i = 0; i < 19; i++) {
            Optional<PlacementItem> next = placement.nextItem(placement.belief(answers), items, seen);
            ItemCandidate item = next.orElseThrow().item();
            boolean correct = known.containsAll(item.skillCodes()) ? random.nextDouble() < 0.9
                    : random.nextDouble() < 0.2;
            answers.add(new PlacementAnswer(item, correct));
            seen.add(item.itemId());
        }
        belief = placement.belief(answers);
    }

    @Benchmark
    public KnowledgeBelief beliefAfter19Answers() {
        return placement.belief(answers);
    }

    @Benchmark
    public Optional<PlacementItem> nextItemAfter19Answers() {
        return placement.nextItem(belief, items, seen);
    }
}
