package org.learnpath.catalog.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "requires" relation between modules, as plain data: {@code requires.get(m)} are m's direct
 * prerequisites. Immutable; edits produce a new graph so a proposed change can be checked before it is
 * written.
 */
public final class PrerequisiteGraph {

    private final Map<String, Set<String>> requires;

    public PrerequisiteGraph(Map<String, ? extends Collection<String>> requires) {
        Map<String, Set<String>> copy = new HashMap<>();
        requires.forEach((module, prerequisites) -> copy.put(module, Set.copyOf(prerequisites)));
        this.requires = copy;
    }

    public Set<String> directPrerequisites(String module) {
        return requires.getOrDefault(module, Set.of());
    }

    /** The graph with {@code module}'s prerequisites replaced. */
    public PrerequisiteGraph withPrerequisites(String module, Collection<String> prerequisites) {
        Map<String, Set<String>> next = new HashMap<>(requires);
        next.put(module, Set.copyOf(prerequisites));
        return new PrerequisiteGraph(next);
    }

    /**
     * A cycle through {@code module}, if there is one: the path [module, p1, ..., module] following
     * "requires" edges. Only cycles through the edited module can be new, so only those are searched.
     */
    public Optional<List<String>> cycleThrough(String module) {
        // Depth-first search from each direct prerequisite back to the module, keeping the path for the error.
        Deque<List<String>> stack = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        for (String first : new TreeSet<>(directPrerequisites(module))) {
            stack.push(List.of(module, first));
        }
        while (!stack.isEmpty()) {
            List<String> path = stack.pop();
            String last = path.get(path.size() - 1);
            if (last.equals(module)) {
                return Optional.of(path);
            }
            if (!seen.add(last)) {
                continue;
            }
            for (String next : new TreeSet<>(directPrerequisites(last))) {
                List<String> longer = new ArrayList<>(path);
                longer.add(next);
                stack.push(longer);
            }
        }
        return Optional.empty();
    }

    /** Every module that {@code module} requires, directly or not (the module itself excluded). */
    public Set<String> transitivePrerequisites(String module) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(directPrerequisites(module));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (result.add(next)) {
                todo.addAll(directPrerequisites(next));
            }
        }
        return result;
    }

    /**
     * The given modules and all they require, in an order where every module comes after its
     * prerequisites. Among modules that are ready at the same time, {@code preference} decides, so the
     * order is deterministic.
     */
    public List<String> studyOrder(Collection<String> targets, Comparator<String> preference) {
        Set<String> closure = new HashSet<>(targets);
        for (String target : targets) {
            closure.addAll(transitivePrerequisites(target));
        }
        Map<String, Integer> missing = new HashMap<>();
        Map<String, List<String>> unlocks = new HashMap<>();
        for (String module : closure) {
            Set<String> prerequisites = directPrerequisites(module);
            missing.put(module, prerequisites.size());
            for (String prerequisite : prerequisites) {
                unlocks.computeIfAbsent(prerequisite, k -> new ArrayList<>()).add(module);
            }
        }
        PriorityQueue<String> ready = new PriorityQueue<>(preference.thenComparing(Comparator.naturalOrder()));
        missing.forEach((module, count) -> {
            if (count == 0) {
                ready.add(module);
            }
        });
        List<String> order = new ArrayList<>(closure.size());
        while (!ready.isEmpty()) {
            String module = ready.poll();
            order.add(module);
            for (String unlocked : unlocks.getOrDefault(module, List.of())) {
                if (missing.merge(unlocked, -1, Integer::sum) == 0) {
                    ready.add(unlocked);
                }
            }
        }
        if (order.size() != closure.size()) {
            throw new IllegalStateException("Prerequisite graph has a cycle among " + closure);
        }
        return order;
    }
}
