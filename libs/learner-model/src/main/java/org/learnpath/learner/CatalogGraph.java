package org.learnpath.learner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * The part of the catalog the planner needs, as plain immutable data: skills, modules (with the skills they
 * teach and the modules they require) and goals (sets of modules). Built from whatever source (catalog topic,
 * REST, test fixture) with {@link #builder()}, which rejects unknown references and prerequisite cycles.
 *
 * <p>Orders are deterministic: among modules whose prerequisites are all placed, the one declared first comes
 * first, so callers declare modules in their preferred study order (the catalog service uses level, then slug).
 */
public final class CatalogGraph {

    public record Skill(String code, String name) {
        public Skill {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public record Module(String slug, String title, List<String> skillCodes, List<String> prerequisites) {
        public Module {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
            skillCodes = List.copyOf(skillCodes);
            prerequisites = List.copyOf(prerequisites);
        }
    }

    public record Goal(String slug, String name, List<String> moduleSlugs) {
        public Goal {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(name, "name");
            moduleSlugs = List.copyOf(moduleSlugs);
        }
    }

    private final Map<String, Skill> skills;
    private final Map<String, Module> modules;
    private final Map<String, Goal> goals;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, List<String>> dependents = new HashMap<>();
    private final Map<String, List<String>> modulesBySkill = new HashMap<>();
    // Derived data computed once: the planner asks for them on every answer.
    private final Map<String, Set<String>> transitivePrerequisites = new HashMap<>();
    private final Map<String, Set<String>> transitiveDependents = new HashMap<>();
    private final Map<String, List<Module>> goalClosures = new HashMap<>();

    private CatalogGraph(Map<String, Skill> skills, Map<String, Module> modules, Map<String, Goal> goals) {
        this.skills = skills;
        this.modules = modules;
        this.goals = goals;
        int index = 0;
        for (Module module : modules.values()) {
            position.put(module.slug(), index++);
            for (String prerequisite : module.prerequisites()) {
                dependents.computeIfAbsent(prerequisite, k -> new ArrayList<>()).add(module.slug());
            }
            for (String skill : module.skillCodes()) {
                modulesBySkill.computeIfAbsent(skill, k -> new ArrayList<>()).add(module.slug());
            }
        }
        dependents.replaceAll((slug, list) -> List.copyOf(list));
        modulesBySkill.replaceAll((code, list) -> List.copyOf(list));
        order(modules.keySet()); // fails on a cycle
        for (String slug : modules.keySet()) {
            transitivePrerequisites.put(slug, Collections.unmodifiableSet(reach(slug, s -> module(s).prerequisites())));
            transitiveDependents.put(slug, Collections.unmodifiableSet(reach(slug, this::directDependents)));
        }
        for (Goal goal : goals.values()) {
            Set<String> closure = new HashSet<>();
            for (String slug : goal.moduleSlugs()) {
                closure.add(slug);
                closure.addAll(transitivePrerequisites.get(slug));
            }
            goalClosures.put(goal.slug(), order(closure).stream().map(modules::get).toList());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Skill skill(String code) {
        return require(skills, code, "skill");
    }

    public Module module(String slug) {
        return require(modules, slug, "module");
    }

    public Goal goal(String slug) {
        return require(goals, slug, "goal");
    }

    /** Skills, modules and goals in declaration order. */
    public List<Skill> skills() {
        return List.copyOf(skills.values());
    }

    public List<Module> modules() {
        return List.copyOf(modules.values());
    }

    public List<Goal> goals() {
        return List.copyOf(goals.values());
    }

    /** Modules teaching the skill, in declaration order. */
    public List<String> modulesTeaching(String skillCode) {
        return modulesBySkill.getOrDefault(skillCode, List.of());
    }

    /** Modules that list {@code slug} as a direct prerequisite. */
    public List<String> directDependents(String slug) {
        return dependents.getOrDefault(slug, List.of());
    }

    /** Every module {@code slug} requires, directly or not (itself excluded). */
    public Set<String> transitivePrerequisites(String slug) {
        module(slug);
        return transitivePrerequisites.get(slug);
    }

    /** Every module that requires {@code slug}, directly or not (itself excluded). */
    public Set<String> transitiveDependents(String slug) {
        module(slug);
        return transitiveDependents.get(slug);
    }

    /**
     * The goal's modules and everything they require, each after its prerequisites: what a learner must master
     * to reach the goal, in a valid study order. This is also the fixed study order a non-adaptive course uses.
     */
    public List<Module> goalClosure(String goalSlug) {
        goal(goalSlug);
        return goalClosures.get(goalSlug);
    }

    /** All modules in a study order. */
    public List<Module> topologicalOrder() {
        return order(modules.keySet()).stream().map(modules::get).toList();
    }

    /** Kahn's algorithm restricted to {@code subset}; ties go to the module declared first. */
    private List<String> order(Collection<String> subset) {
        Set<String> members = new HashSet<>(subset);
        Map<String, Integer> missing = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>((a, b) -> Integer.compare(position.get(a), position.get(b)));
        for (String slug : members) {
            int count = (int) modules.get(slug).prerequisites().stream().filter(members::contains).count();
            missing.put(slug, count);
            if (count == 0) {
                ready.add(slug);
            }
        }
        List<String> order = new ArrayList<>(members.size());
        while (!ready.isEmpty()) {
            String slug = ready.poll();
            order.add(slug);
            for (String dependent : directDependents(slug)) {
                if (members.contains(dependent) && missing.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (order.size() != members.size()) {
            Set<String> stuck = new LinkedHashSet<>();
            modules.keySet().stream().filter(members::contains).forEach(stuck::add); // declaration order
            order.forEach(stuck::remove);
            // Reads "a -> b": a requires b.
            throw new IllegalArgumentException("Prerequisite cycle: " + String.join(" -> ", cycleAmong(stuck)));
        }
        return order;
    }

    /** A cycle among modules that Kahn's algorithm could not place, for the error message. */
    private List<String> cycleAmong(Set<String> stuck) {
        // Every stuck module has a stuck prerequisite, so walking prerequisites must revisit a module.
        List<String> path = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        String current = stuck.iterator().next();
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = modules.get(current).prerequisites().stream().filter(stuck::contains).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(seenAt.get(current), path.size()));
        cycle.add(current);
        return cycle;
    }

    private Set<String> reach(String start, Function<String, List<String>> next) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(next.apply(start));
        while (!todo.isEmpty()) {
            String slug = todo.pop();
            if (result.add(slug)) {
                todo.addAll(next.apply(slug));
            }
        }
        return result;
    }

    private static <T> T require(Map<String, T> map, String key, String kind) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("Unknown " + kind + " '" + key + "'");
        }
        return value;
    }

    /** Collects catalog data; {@link #build()} validates it. */
    public static final class Builder {
        private final Map<String, Skill> skills = new LinkedHashMap<>();
        private final Map<String, Module> modules = new LinkedHashMap<>();
        private final Map<String, Goal> goals = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder skill(String code, String name) {
            putNew(skills, code, new Skill(code, name), "skill");
            return this;
        }

        public Builder module(String slug, String title, List<String> skillCodes, List<String> prerequisites) {
            putNew(modules, slug, new Module(slug, title, skillCodes, prerequisites), "module");
            return this;
        }

        public Builder goal(String slug, String name, List<String> moduleSlugs) {
            putNew(goals, slug, new Goal(slug, name, moduleSlugs), "goal");
            return this;
        }

        /**
         * Validates and freezes. Skills referenced by a module but never declared are added with their code as
         * name, so small fixtures stay short.
         */
        public CatalogGraph build() {
            Map<String, Skill> allSkills = new LinkedHashMap<>(skills);
            for (Module module : modules.values()) {
                if (module.skillCodes().isEmpty()) {
                    throw new IllegalArgumentException("Module '" + module.slug() + "' teaches no skill");
                }
                for (String code : module.skillCodes()) {
                    allSkills.putIfAbsent(code, new Skill(code, code));
                }
                for (String prerequisite : module.prerequisites()) {
                    if (!modules.containsKey(prerequisite)) {
                        throw new IllegalArgumentException(
                                "Module '" + module.slug() + "' requires unknown module '" + prerequisite + "'");
                    }
                }
            }
            for (Goal goal : goals.values()) {
                for (String slug : goal.moduleSlugs()) {
                    if (!modules.containsKey(slug)) {
                        throw new IllegalArgumentException(
                                "Goal '" + goal.slug() + "' includes unknown module '" + slug + "'");
                    }
                }
            }
            return new CatalogGraph(allSkills, new LinkedHashMap<>(modules), new LinkedHashMap<>(goals));
        }

        private static <T> void putNew(Map<String, T> map, String key, T value, String kind) {
            if (map.putIfAbsent(key, value) != null) {
                throw new IllegalArgumentException("Duplicate " + kind + " '" + key + "'");
            }
        }
    }
}
