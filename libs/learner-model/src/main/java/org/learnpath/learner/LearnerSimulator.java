package org.learnpath.learner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Simulated learners with a hidden true knowledge state, answering items the way the model assumes learners do:
 * the ground truth for checking that the model fits, predicts and plans well. In main code because the
 * end-to-end tools drive the services with the same learners.
 *
 * <p>Truth: each learner knows a set of skills. On an item of true difficulty {@code d} measuring skills S the
 * answer is correct with probability {@code product over s in S of (known_s ? 1 - slip_s(d) : guess_s(d))}
 * (the {@link ResponseModel} with masteries 0 or 1, using the true parameters); afterwards each unknown skill of
 * the item becomes known with probability {@code learn_s}. No forgetting in the truth. All randomness comes
 * from the learner's own seeded {@link Random}, so a run is reproducible.
 *
 * <p>Two ways to study a goal, both stopping when the <b>model</b> says every module of the goal is mastered
 * (that is when the product would declare the goal reached); {@link RunResult} also reports when the hidden
 * truth first knew every skill:
 * <ul>
 *   <li>{@link #followRecommendations}: before each answer, {@link PathPlanner#plan} then
 *       {@link PathPlanner#nextItem};</li>
 *   <li>{@link #followStudyOrder}: the goal's fixed study order (the catalog's {@code study-order}); each
 *       module is practised until the model says all its skills are mastered, then the next module. By default
 *       ({@link StudyOrderPractice#MODULE_ROUND_ROBIN}) the module's items are worked through in their authored
 *       order: a mastery-gated course without adaptivity, which skips nothing without evidence and does not
 *       know which of a module's skills is the weak one. {@link StudyOrderPractice#SKILL_BY_SKILL} is the
 *       stronger baseline that gates each skill separately.</li>
 * </ul>
 */
public final class LearnerSimulator {

    /**
     * An item of the simulated bank.
     *
     * @param trueDifficulty  used by the truth
     * @param priorDifficulty the author's estimate, what the model is told
     */
    public record Item(String itemId, List<String> skillCodes, double trueDifficulty, double priorDifficulty) {
        public Item {
            Objects.requireNonNull(itemId, "itemId");
            skillCodes = List.copyOf(skillCodes);
        }
    }

    /** A simulated learner: hidden known skills and the random source of its answers. */
    public static final class SimulatedLearner {
        private final String id;
        private final Set<String> known;
        private final Set<String> initiallyKnown;
        private final Random random;
        private int answersGiven; // across runs: event ids must stay unique when a learner comes back

        private SimulatedLearner(String id, Collection<String> known, long seed) {
            this.id = id;
            this.known = new HashSet<>(known);
            this.initiallyKnown = Set.copyOf(known);
            this.random = new Random(seed);
        }

        public String id() {
            return id;
        }

        public boolean knows(String skillCode) {
            return known.contains(skillCode);
        }

        public boolean knowsAll(Collection<String> skillCodes) {
            return known.containsAll(skillCodes);
        }

        public Set<String> knownSkills() {
            return Set.copyOf(known);
        }

        public Set<String> initiallyKnownSkills() {
            return initiallyKnown;
        }
    }

    /**
     * @param start        time of the first answer
     * @param gap          time between answers
     * @param maxAnswers   give up after this many answers
     * @param recentWindow how many last items count as recently seen for {@link PathPlanner#nextItem}
     */
    public record RunOptions(Instant start, Duration gap, int maxAnswers, int recentWindow) {
        public static final RunOptions DEFAULT =
                new RunOptions(Instant.parse("2026-01-05T09:00:00Z"), Duration.ofMinutes(1), 2_000, 3);
    }

    public enum Strategy { RECOMMENDED_PATH, FIXED_STUDY_ORDER }

    /** How the fixed study order practises a module. */
    public enum StudyOrderPractice {
        /**
         * The module's exercise set in authored order (skills interleaved, each easy to hard, cycling) until every
         * skill of the module is mastered: a mastery-gated course that does not know which skill is weak.
         */
        MODULE_ROUND_ROBIN,
        /**
         * One skill at a time, its items easy to hard (cycling) until that skill is mastered: already targets
         * exactly one skill, so it differs from the recommended path only by item choice and module order.
         */
        SKILL_BY_SKILL
    }

    /**
     * @param answers                 answers given until the model said the goal is mastered (or the cap)
     * @param masteredByModel         whether the model said so before the cap
     * @param answersUntilTrueMastery answers until the hidden truth knew every skill of the goal (0 if it did
     *                                from the start, -1 if never during the run)
     * @param trulyMasteredAtEnd      whether the truth knew every skill of the goal when the run stopped (false
     *                                means the model certified mastery too early)
     */
    public record RunResult(String learnerId, Strategy strategy, int answers, boolean masteredByModel,
            int answersUntilTrueMastery, boolean trulyMasteredAtEnd) {
    }

    /** Sees every recommendation of {@link #followRecommendations} before the learner answers. */
    @FunctionalInterface
    public interface StepObserver {
        void onStep(LearningPath path, ItemRecommendation item, LearnerSnapshot snapshot);
    }

    private final CatalogGraph graph;
    private final Map<String, BktParameters> trueParameters;
    private final List<Item> items;
    private final Consumer<AnswerObservation> answerListener;
    private final Map<String, Item> itemsById = new HashMap<>();

    public LearnerSimulator(CatalogGraph graph, Map<String, BktParameters> trueParameters, List<Item> items) {
        this(graph, trueParameters, items, answer -> { });
    }

    private LearnerSimulator(CatalogGraph graph, Map<String, BktParameters> trueParameters, List<Item> items,
            Consumer<AnswerObservation> answerListener) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.trueParameters = Map.copyOf(trueParameters);
        this.items = List.copyOf(items);
        this.answerListener = Objects.requireNonNull(answerListener, "answerListener");
        for (Item item : items) {
            if (itemsById.put(item.itemId(), item) != null) {
                throw new IllegalArgumentException("Duplicate item " + item.itemId());
            }
            for (String skill : item.skillCodes()) {
                if (!trueParameters.containsKey(skill)) {
                    throw new IllegalArgumentException("No true parameters for skill " + skill);
                }
            }
        }
    }

    public List<Item> items() {
        return items;
    }

    /**
     * The same simulator, also handing every answer of its runs to {@code listener} right after the model applied
     * it: an answer log for refits, or the feed for an end-to-end run against the services.
     */
    public LearnerSimulator withAnswerListener(Consumer<AnswerObservation> listener) {
        return new LearnerSimulator(graph, trueParameters, items, listener);
    }

    /** A learner who knows exactly {@code knownSkills}. */
    public SimulatedLearner learner(String id, Collection<String> knownSkills, long seed) {
        return new SimulatedLearner(id, knownSkills, seed);
    }

    /**
     * A learner whose prior knowledge respects the prerequisite graph, as real prior knowledge tends to: walking
     * the catalog in study order, each skill of a module whose required modules are fully known is known with
     * probability {@code breadth}; nothing beyond a gap is known. Breadth 0 is a novice, 1 knows everything.
     */
    public SimulatedLearner sampleLearner(String id, double breadth, long seed) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Set<String> known = new HashSet<>();
        Set<String> fullyKnownModules = new HashSet<>();
        for (CatalogGraph.Module module : graph.topologicalOrder()) {
            if (!fullyKnownModules.containsAll(module.prerequisites())) {
                continue;
            }
            boolean all = true;
            for (String skill : module.skillCodes()) {
                if (random.nextDouble() < breadth) {
                    known.add(skill);
                } else {
                    all = false;
                }
            }
            if (all) {
                fullyKnownModules.add(module.slug());
            }
        }
        return new SimulatedLearner(id, known, seed);
    }

    /** The learner answers {@code item} (true = correct), then may learn its skills. */
    public boolean answer(SimulatedLearner learner, Item item) {
        double p = 1;
        for (String skill : item.skillCodes()) {
            BktParameters truth = trueParameters.get(skill).forItem(item.trueDifficulty());
            p *= learner.knows(skill) ? 1 - truth.slip() : truth.guess();
        }
        boolean correct = learner.random.nextDouble() < p;
        for (String skill : item.skillCodes()) {
            if (!learner.knows(skill) && learner.random.nextDouble() < trueParameters.get(skill).learn()) {
                learner.known.add(skill);
            }
        }
        return correct;
    }

    /** Studies the goal by following the planner's next step and next item after every answer. */
    public RunResult followRecommendations(SimulatedLearner learner, String goalSlug, LearnerModel model,
            PathPlanner planner, RunOptions options, StepObserver observer) {
        Run run = new Run(learner, goalSlug, model, options);
        Deque<String> recent = new ArrayDeque<>();
        while (true) {
            LearnerSnapshot snapshot = model.snapshot(learner.id(), run.now);
            LearningPath path = planner.plan(goalSlug, snapshot);
            if (path.complete() || run.answers >= options.maxAnswers()) {
                return run.result(Strategy.RECOMMENDED_PATH, path.complete());
            }
            List<ItemCandidate> candidates = new ArrayList<>(items.size());
            for (Item item : items) {
                candidates.add(new ItemCandidate(item.itemId(), item.skillCodes(),
                        model.difficulty(item.itemId(), item.priorDifficulty())));
            }
            ItemRecommendation recommendation = planner.nextItem(path, snapshot, candidates, List.copyOf(recent))
                    .orElseThrow(() -> new IllegalStateException("No item for step " + path.nextStep()));
            observer.onStep(path, recommendation, snapshot);
            run.answer(itemsById.get(recommendation.item().itemId()));
            recent.addLast(recommendation.item().itemId());
            if (recent.size() > options.recentWindow()) {
                recent.removeFirst();
            }
        }
    }

    /** Studies the goal module by module in its fixed study order (see the class comment). */
    public RunResult followStudyOrder(SimulatedLearner learner, String goalSlug, LearnerModel model,
            PlannerConfig planner, RunOptions options) {
        return followStudyOrder(learner, goalSlug, model, planner, options, StudyOrderPractice.MODULE_ROUND_ROBIN);
    }

    /** Studies the goal module by module in its fixed study order, practising each module as {@code practice}. */
    public RunResult followStudyOrder(SimulatedLearner learner, String goalSlug, LearnerModel model,
            PlannerConfig planner, RunOptions options, StudyOrderPractice practice) {
        Run run = new Run(learner, goalSlug, model, options);
        List<CatalogGraph.Module> order = graph.goalClosure(goalSlug);
        Map<String, Integer> cursors = new HashMap<>();
        while (true) {
            // With forgetting, modules passed earlier can fall back below the threshold: walk the order again.
            for (CatalogGraph.Module module : order) {
                List<List<Item>> blocks = practice == StudyOrderPractice.MODULE_ROUND_ROBIN
                        ? List.of(authoredSequence(module))
                        : module.skillCodes().stream().map(this::skillSequence).toList();
                for (int b = 0; b < blocks.size(); b++) {
                    List<Item> sequence = blocks.get(b);
                    List<String> gate = practice == StudyOrderPractice.MODULE_ROUND_ROBIN
                            ? module.skillCodes() : List.of(module.skillCodes().get(b));
                    if (sequence.isEmpty()) {
                        throw new IllegalStateException("No item for " + gate);
                    }
                    String cursorKey = module.slug() + "/" + b;
                    while (!mastered(model, learner.id(), gate, run.now, planner)
                            && run.answers < options.maxAnswers()) {
                        int cursor = cursors.merge(cursorKey, 1, Integer::sum) - 1;
                        run.answer(sequence.get(cursor % sequence.size()));
                    }
                }
            }
            boolean done = mastered(model, learner.id(), run.goalSkills, run.now, planner);
            if (done || run.answers >= options.maxAnswers()) {
                return run.result(Strategy.FIXED_STUDY_ORDER, done);
            }
        }
    }

    /** One skill's single-skill items, easy to hard (by the author's difficulty). */
    private List<Item> skillSequence(String skill) {
        return items.stream()
                .filter(i -> i.skillCodes().equals(List.of(skill)))
                .sorted((a, b) -> Double.compare(a.priorDifficulty(), b.priorDifficulty()))
                .toList();
    }

    /** A module's items in a course's order: round-robin over its skills, each skill's items easy to hard. */
    private List<Item> authoredSequence(CatalogGraph.Module module) {
        Set<String> skills = new HashSet<>(module.skillCodes());
        List<List<Item>> perSkill = new ArrayList<>();
        for (String skill : module.skillCodes()) {
            perSkill.add(skillSequence(skill));
        }
        List<Item> sequence = new ArrayList<>();
        int longest = perSkill.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<Item> skillItems : perSkill) {
                if (i < skillItems.size()) {
                    sequence.add(skillItems.get(i));
                }
            }
        }
        items.stream()
                .filter(i -> i.skillCodes().size() > 1 && skills.containsAll(i.skillCodes()))
                .forEach(sequence::add);
        return sequence;
    }

    private boolean mastered(LearnerModel model, String learnerId, Collection<String> skills, Instant at,
            PlannerConfig planner) {
        for (String skill : skills) {
            if (model.mastery(learnerId, skill, at) < planner.masteryThreshold()) {
                return false;
            }
        }
        return true;
    }

    /** State of one run: clock, answer count, when the truth reached the goal. */
    private final class Run {
        final SimulatedLearner learner;
        final LearnerModel model;
        final RunOptions options;
        final Set<String> goalSkills = new LinkedHashSet<>();
        Instant now;
        int answers;
        int trueMasteryAt;

        Run(SimulatedLearner learner, String goalSlug, LearnerModel model, RunOptions options) {
            this.learner = learner;
            this.model = model;
            this.options = options;
            this.now = options.start();
            graph.goalClosure(goalSlug).forEach(m -> goalSkills.addAll(m.skillCodes()));
            this.trueMasteryAt = learner.knowsAll(goalSkills) ? 0 : -1;
        }

        void answer(Item item) {
            boolean correct = LearnerSimulator.this.answer(learner, item);
            String eventId = "%s-%06d".formatted(learner.id(), learner.answersGiven++);
            AnswerObservation observation = new AnswerObservation(eventId, learner.id(), item.itemId(),
                    item.skillCodes(), correct, now, item.priorDifficulty());
            model.apply(observation);
            answerListener.accept(observation);
            answers++;
            now = now.plus(options.gap());
            if (trueMasteryAt < 0 && learner.knowsAll(goalSkills)) {
                trueMasteryAt = answers;
            }
        }

        RunResult result(Strategy strategy, boolean masteredByModel) {
            return new RunResult(learner.id(), strategy, answers, masteredByModel, trueMasteryAt,
                    learner.knowsAll(goalSkills));
        }
    }

    /**
     * An item bank for {@code graph}: per skill one single-skill item per entry of {@code difficulties} (true
     * difficulty), with the author's prior off by a normal error of {@code priorError} logits (clamped to the
     * schema's [-4, 4]); plus, for every module with several skills, one item measuring its first two skills.
     */
    public static List<Item> itemBank(CatalogGraph graph, double[] difficulties, double priorError, Random random) {
        List<Item> bank = new ArrayList<>();
        for (CatalogGraph.Skill skill : graph.skills()) {
            for (int i = 0; i < difficulties.length; i++) {
                bank.add(new Item("%s/%d".formatted(skill.code(), i + 1), List.of(skill.code()), difficulties[i],
                        prior(difficulties[i], priorError, random)));
            }
        }
        for (CatalogGraph.Module module : graph.modules()) {
            if (module.skillCodes().size() > 1) {
                List<String> pair = module.skillCodes().subList(0, 2);
                bank.add(new Item(module.slug() + "/combined", pair, 0.0, prior(0.0, priorError, random)));
            }
        }
        return bank;
    }

    private static double prior(double difficulty, double error, Random random) {
        return Math.max(-4, Math.min(4, difficulty + error * random.nextGaussian()));
    }

    /**
     * Answer sequences of {@code learners} learners practising one skill {@code length} times on average items,
     * generated by plain BKT with {@code parameters}: the data {@link BktFitter} is meant for.
     */
    public static List<boolean[]> bktSequences(BktParameters parameters, int learners, int length, Random random) {
        List<boolean[]> sequences = new ArrayList<>(learners);
        for (int l = 0; l < learners; l++) {
            boolean known = random.nextDouble() < parameters.prior();
            boolean[] answers = new boolean[length];
            for (int t = 0; t < length; t++) {
                answers[t] = random.nextDouble() < (known ? 1 - parameters.slip() : parameters.guess());
                if (!known && random.nextDouble() < parameters.learn()) {
                    known = true;
                }
            }
            sequences.add(answers);
        }
        return sequences;
    }
}
