package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private final long[] downSets;
    private final int[] frontierStart;
    private final int[] frontier;
    private final int[] knownSkills;
    private final int size;

    private KnowledgeSpace(CatalogGraph graph, String goalSlug, int maxStates) {
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
        Enumeration enumeration = new Enumeration(maxStates);
        enumeration.walk(0, new long[words], 0);
        this.size = enumeration.count;
        this.downSets = enumeration.sets.toArray();
        this.frontier = enumeration.frontier.toArray();
        this.frontierStart = enumeration.frontierStart.toArray();
        this.knownSkills = enumeration.known.toArray();
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
        return new KnowledgeSpace(graph, goalSlug, maxStates);
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

        void walk(int module, long[] set, int skillCount) {
            if (module == modules.size()) {
                if (++count > limit) {
                    throw new TooLargeException(goalSlug, limit);
                }
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
