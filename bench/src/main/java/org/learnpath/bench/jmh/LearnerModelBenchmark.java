package org.learnpath.bench.jmh;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.learnpath.learner.AnswerObservation;
import org.learnpath.learner.CatalogGraph;
import org.learnpath.learner.ItemCandidate;
import org.learnpath.learner.LearnerModel;
import org.learnpath.learner.LearnerSnapshot;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.ModelConfig;
import org.learnpath.learner.PathPlanner;
import org.learnpath.learner.PlannerConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The learner model's two hot operations, alone: applying one answer (BKT mastery of each skill plus the
 * item's Elo difficulty) and recomputing a learner's path and next item over the seeded catalog.
 * Run: {@code java -cp bench/target/learnpath-bench.jar org.openjdk.jmh.Main LearnerModelBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class LearnerModelBenchmark {

    private static final int LEARNERS = 1_000;
    private static final int ITEMS = 500;

    private CatalogGraph graph;
    private PathPlanner planner;
    private LearnerModel model;
    private List<ItemCandidate> items;
    private List<AnswerObservation> answers;
    private LearnerSnapshot snapshot;
    private int next;
    private Instant clock;

    @Setup(Level.Trial)
    public void setUp() {
        graph = SeedCatalog.load();
        planner = new PathPlanner(graph, ModelConfig.defaults(), PlannerConfig.DEFAULT);
        model = new LearnerModel(ModelConfig.defaults());
        Random random = new Random(42);
        List<String> skills = graph.skills().stream().map(CatalogGraph.Skill::code).toList();
        items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(new ItemCandidate("item-" + i, List.of(skills.get(i % skills.size())), random.nextGaussian()));
        }
        clock = Instant.parse("2026-11-25T00:00:00Z");
        answers = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            ItemCandidate item = items.get(random.nextInt(ITEMS));
            answers.add(new AnswerObservation("e-" + i, "learner-" + random.nextInt(LEARNERS), item.itemId(),
                    item.skillCodes(), random.nextDouble() < 0.6, clock.plus(Duration.ofSeconds(i)), item.difficulty()));
        }
        // A learner half way through: some skills mastered, some in progress.
        for (int i = 0; i < 400; i++) {
            ItemCandidate item = items.get(i % 120);
            model.apply(new AnswerObservation("w-" + i, "planned", item.itemId(), item.skillCodes(), i % 3 != 0,
                    clock.plus(Duration.ofMinutes(i)), item.difficulty()));
        }
        snapshot = model.snapshot("planned", clock.plus(Duration.ofDays(1)));
    }

    @Benchmark
    public Object applyOneAnswer() {
        AnswerObservation answer = answers.get(next);
        next = (next + 1) % answers.size();
        // Fresh event ids each lap, or the dedupe check would turn later laps into no-ops.
        return model.apply(new AnswerObservation(answer.eventId() + "#" + System.identityHashCode(answer) + "#" + next,
                answer.learnerId(), answer.itemId(), answer.skillCodes(), answer.correct(), answer.answeredAt(),
                answer.itemPriorDifficulty()));
    }

    @Benchmark
    public void recomputePathAndNextItem(Blackhole sink) {
        for (CatalogGraph.Goal goal : List.of(graph.goal("ml-interview-ready"))) {
            LearningPath path = planner.plan(goal.slug(), snapshot);
            sink.consume(planner.nextItem(path, snapshot, items, List.of("item-1", "item-2")));
        }
    }
}
