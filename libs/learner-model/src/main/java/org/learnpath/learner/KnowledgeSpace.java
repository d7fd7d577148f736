package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The feasible knowledge states of one goal: the sets of its skills closed under prerequisites. Immutable; built once
 * per goal and shared.
 *
 * <p>A skill of module M can be known only if every skill of every module M requires is known. So a state is a
 * <em>down-set</em> D of fully known modules (closed under prerequisites) plus, for each module of D's
 * <em>frontier</em> (not in D, every module it requires in D), a proper subset of its skills; every other module's
 * skills are unknown. The space enumerates the down-sets only: within a frontier module the skills are summed over
 * analytically ({@link KnowledgeStateModel}), which keeps the seeded goals enumerable (the 25-skill "Data Analyst"
 * goal has 307 down-sets for 6,309 states; the 80-skill "ML Interview Ready" 303,490 down-sets for about 40 million
 * states).
 *
 * <p>A goal with more down-sets than {@link PlacementConfig#maxStates()} gets an approximation
 * ({@link #of(CatalogGraph, String, PlacementConfig)}): the distinct down-sets of a fixed number of draws from the
 * prior, each with how often it was drawn with each breadth. Weighing those by the answers' likelihood is importance
 * sampling with the prior as proposal; within frontier modules the sums stay exact. Its error against the exact
 * posterior is measured in {@code KnowledgeStateModelTest}.
 *
 * <p>A skill taught by several modules of the goal belongs here to the first of them in study order; the others
 * count as fully known without it.
 */
public final class KnowledgeSpace {

    /** Thrown when a goal has more down-sets than the configured limit. */
    public static final class TooLargeException extends IllegalArgumentException {
        public TooLargeException(String goalSlug, int limit) {
            super("Goal '" + goalSlug + "' has more than " + limit + " knowledge states to weigh");
        }
    }

    private final String goalSlug;
    private final List<CatalogGraph.Module> modules;
    private final List<List<String>> moduleSkills;
    private final Map<String, Integer> moduleOfSkill = new HashMap<>();
    private final Map<String, Integer> moduleIndex = new HashMap<>();
    private final List<String> skills = new ArrayList<>();
    private final int words;
    private final long[][] prerequisites; // per module, a mask of the modules it requires directly
    // Down-sets, flat: words longs each; their frontier modules and known skill counts.
    private long[] downSets;
    private int[] frontierStart;
    private int[] frontier;
    private int[] knownSkills;
    private int size;
    // A sampled space: per down-set and breadth, how many of the draws gave it (null for an enumerated space).
    private int[] draws;
    private int drawCount;
    private List<Double> drawBreadths;

    private KnowledgeSpace(CatalogGraph graph, String goalSlug) {
        this.goalSlug = goalSlug;
        this.modules = graph.goalClosure(goalSlug);
        int n = modules.size();
        this.words = Math.max(1, (n + 63) / 64);
        List<List<String>> owned = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            CatalogGraph.Module module = modules.get(m);
            moduleIndex.put(module.slug(), m);
            List<String> own = new ArrayList<>();
            for (String skill : module.skillCodes()) {
                if (moduleOfSkill.putIfAbsent(skill, m) == null) {
                    own.add(skill);
                    skills.add(skill);
                }
            }
            if (own.size() > 16) {
                throw new IllegalArgumentException("Module '" + module.slug() + "' teaches " + own.size()
                        + " skills; placement weighs at most 16 per module");
            }
            owned.add(List.copyOf(own));
        }
        this.moduleSkills = List.copyOf(owned);
        this.prerequisites = new long[n][words];
        for (int m = 0; m < n; m++) {
            for (String required : modules.get(m).prerequisites()) {
                set(prerequisites[m], moduleIndex.get(required));
            }
        }
    }

    private void enumerate(int maxStates) {
        Enumeration enumeration = new Enumeration(maxStates);
        enumeration.walk(0, new long[words], 0);
        keep(enumeration);
    }

    private void keep(Enumeration enumeration) {
        this.size = enumeration.count;
        this.downSets = enumeration.sets.toArray();
        this.frontier = enumeration.frontier.toArray();
        this.frontierStart = enumeration.frontierStart.toArray();
        this.knownSkills = enumeration.known.toArray();
    }

    /**
     * Draws {@code count} (breadth, down-set) pairs from the prior: a breadth by its weight, then, walking the modules in
     * study order, each module whose required modules are all in the down-set joins it with probability b^|M|.
     */
    private void sample(int count, List<Double> breadths, List<Double> weights, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        Enumeration distinct = new Enumeration(Integer.MAX_VALUE);
        Map<java.util.List<Long>, Integer> index = new HashMap<>();
        IntList pairs = new IntList(); // (down-set index, breadth index) of each draw
        for (int i = 0; i < count; i++) {
            double u = random.nextDouble() * total;
            int b = 0;
            while (b < breadths.size() - 1 && (u -= weights.get(b)) >= 0) {
                b++;
            }
            double breadth = breadths.get(b);
            long[] set = new long[words];
            int skillCount = 0;
            for (int m = 0; m < modules.size(); m++) {
                int k = moduleSkills.get(m).size();
                if (covers(set, prerequisites[m]) && random.nextDouble() < Math.pow(breadth, k)) {
                    set[m >>> 6] |= 1L << m;
                    skillCount += k;
                }
            }
            java.util.List<Long> key = new ArrayList<>(words);
            for (long word : set) {
                key.add(word);
            }
            Integer d = index.get(key);
            if (d == null) {
                d = distinct.count++;
                index.put(key, d);
                distinct.add(set, skillCount);
            }
            pairs.add(d);
            pairs.add(b);
        }
        keep(distinct);
        this.drawBreadths = List.copyOf(breadths);
        this.draws = new int[size * breadths.size()];
        this.drawCount = count;
        for (int i = 0; i < pairs.size(); i += 2) {
            draws[pairs.values[i] * breadths.size() + pairs.values[i + 1]]++;
        }
    }

    /**
     * The knowledge space of {@code goalSlug} in {@code graph}.
     *
     * @param maxStates the most down-sets to enumerate
     * @throws TooLargeException        when the goal has more
     * @throws IllegalArgumentException for an unknown goal or a module with more than 16 skills
     */
    public static KnowledgeSpace of(CatalogGraph graph, String goalSlug, int maxStates) {
        Objects.requireNonNull(graph, "graph");
        KnowledgeSpace space = new KnowledgeSpace(graph, goalSlug);
        space.enumerate(maxStates);
        return space;
    }

    /**
     * The knowledge space of {@code goalSlug} for placement with {@code config}: every down-set when there are at most
     * {@link PlacementConfig#maxStates()}; otherwise an approximation, the distinct down-sets of
     * {@link PlacementConfig#samples()} draws from the prior ({@link #sampled()}), which {@link KnowledgeStateModel}
     * weighs by importance sampling. The draws are seeded by the goal's slug: the same goal gives the same space.
     *
     * @throws IllegalArgumentException for an unknown goal or a module with more than 16 skills
     */
    public static KnowledgeSpace of(CatalogGraph graph, String goalSlug, PlacementConfig config) {
        Objects.requireNonNull(graph, "graph");
        KnowledgeSpace space = new KnowledgeSpace(graph, goalSlug);
        try {
            space.enumerate(config.maxStates());
        } catch (TooLargeException e) {
            space.sample(config.samples(), config.breadths(), config.breadthWeights(), goalSlug.hashCode());
        }
        return space;
    }

    /** Whether this space holds a sample of the goal's down-sets rather than all of them. */
    public boolean sampled() {
        return draws != null;
    }

    /** For a sampled space: the breadths it was drawn with (the model weighing it must use the same). */
    List<Double> drawBreadths() {
        return drawBreadths;
    }

    /** For a sampled space: the share of the draws that gave down-set {@code d} with breadth {@code b}. */
    double drawShare(int d, int b, int breadths) {
        return draws[d * breadths + b] / (double) drawCount;
    }

    public String goalSlug() {
        return goalSlug;
    }

    /** The goal's modules (with everything they require), in study order. */
    public List<CatalogGraph.Module> modules() {
        return modules;
    }

    /** The goal's skills in study order. */
    public List<String> skills() {
        return Collections.unmodifiableList(skills);
    }

    /** The number of down-sets of fully known modules (the states are more: see the class comment). */
    public int downSetCount() {
        return size;
    }

    /** The number of knowledge states (down-sets with every partial frontier), as a double: it can be large. */
    public double stateCount() {
        double total = 0;
        for (int d = 0; d < size; d++) {
            double states = 1;
            for (int f = frontierStart[d]; f < frontierStart[d + 1]; f++) {
                states *= (1 << moduleSkills.get(frontier[f]).size()) - 1;
            }
            total += states;
        }
        return total;
    }

    /** The index of the module that holds {@code skillCode} here, or -1 if the goal does not teach it. */
    public int moduleOf(String skillCode) {
        return moduleOfSkill.getOrDefault(skillCode, -1);
    }

    /** The index of a module of the goal, or -1. */
    public int indexOf(String moduleSlug) {
        return moduleIndex.getOrDefault(moduleSlug, -1);
    }

    /** The skills a module holds in this space (see the class comment), in its order. */
    List<String> skillsOf(int module) {
        return moduleSkills.get(module);
    }

    int moduleCount() {
        return modules.size();
    }

    boolean inDownSet(int downSet, int module) {
        return (downSets[downSet * words + (module >>> 6)] & (1L << module)) != 0;
    }

    int frontierStart(int downSet) {
        return frontierStart[downSet];
    }

    int frontierModule(int index) {
        return frontier[index];
    }

    int knownSkills(int downSet) {
        return knownSkills[downSet];
    }

    long word(int downSet, int word) {
        return downSets[downSet * words + word];
    }

    int words() {
        return words;
    }

    private static void set(long[] mask, int bit) {
        mask[bit >>> 6] |= 1L << bit;
    }

    private static boolean covers(long[] set, long[] required) {
        for (int w = 0; w < set.length; w++) {
            if ((required[w] & ~set[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Depth-first over the modules in study order: a module may join only once everything it requires has. */
    private final class Enumeration {
        final int limit;
        final LongList sets = new LongList();
        final IntList frontier = new IntList();
        final IntList frontierStart = new IntList();
        final IntList known = new IntList();
        int count;

        Enumeration(int limit) {
            this.limit = limit;
            frontierStart.add(0);
        }

        /** Keeps one down-set with its frontier. */
        void add(long[] set, int skillCount) {
            for (long word : set) {
                sets.add(word);
            }
            for (int m = 0; m < modules.size(); m++) {
                if ((set[m >>> 6] & (1L << m)) == 0 && covers(set, prerequisites[m])) {
                    frontier.add(m);
                }
            }
            frontierStart.add(frontier.size());
            known.add(skillCount);
        }

        void walk(int module, long[] set, int skillCount) {
            if (module == modules.size()) {
                if (++count > limit) {
                    throw new TooLargeException(goalSlug, limit);
                }
                add(set, skillCount);
                return;
            }
            walk(module + 1, set, skillCount);
            if (covers(set, prerequisites[module])) {
                set[module >>> 6] |= 1L << module;
                walk(module + 1, set, skillCount + moduleSkills.get(module).size());
                set[module >>> 6] &= ~(1L << module);
            }
        }
    }

    private static final class LongList {
        long[] values = new long[64];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    private static final class IntList {
        int[] values = new int[64];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
