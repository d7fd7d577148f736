package org.learnpath.catalog.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Level;
import org.learnpath.rest.ProblemException;
import org.learnpath.rest.Slice;

/**
 * The whole catalog at one revision, as immutable views ready to serve. Catalogs are small (hundreds of
 * modules) and read far more often than written, so every read is answered from memory.
 */
public final class CatalogSnapshot {

    /** Easier modules first among those ready at the same time, then alphabetical for a stable order. */
    static final Comparator<ModuleView> STUDY_PREFERENCE = Comparator.comparing(ModuleView::level)
            .thenComparing(ModuleView::slug);

    private final long revision;
    private final List<SkillView> skills;
    private final Map<String, SkillView> skillsByCode;
    private final List<ModuleView> modules;
    private final Map<String, ModuleView> modulesBySlug;
    private final List<GoalView> goals;
    private final Map<String, GoalView> goalsBySlug;
    private final Map<String, List<GoalView>> goalsByModule;
    private final PrerequisiteGraph graph;

    public CatalogSnapshot(long revision, List<SkillView> skills, List<ModuleView> modules, List<GoalView> goals) {
        this.revision = revision;
        this.skills = skills.stream().sorted(Comparator.comparing(SkillView::code)).toList();
        this.skillsByCode = index(this.skills, SkillView::code);
        this.modules = modules.stream().sorted(Comparator.comparing(ModuleView::slug)).toList();
        this.modulesBySlug = index(this.modules, ModuleView::slug);
        this.goals = goals.stream().sorted(Comparator.comparing(GoalView::name).thenComparing(GoalView::slug)).toList();
        this.goalsBySlug = index(this.goals, GoalView::slug);
        Map<String, List<GoalView>> byModule = new HashMap<>();
        for (GoalView goal : this.goals) {
            goal.modules().forEach(m -> byModule.computeIfAbsent(m, k -> new ArrayList<>()).add(goal));
        }
        this.goalsByModule = byModule;
        this.graph = new PrerequisiteGraph(this.modules.stream()
                .collect(Collectors.toMap(ModuleView::slug, ModuleView::prerequisites)));
    }

    public long revision() {
        return revision;
    }

    public SkillView skill(String code) {
        SkillView skill = skillsByCode.get(code);
        if (skill == null) {
            throw ProblemException.notFound("Skill", code);
        }
        return skill;
    }

    public ModuleView module(String slug) {
        ModuleView module = modulesBySlug.get(slug);
        if (module == null) {
            throw ProblemException.notFound("Module", slug);
        }
        return module;
    }

    /** The goal, if the caller may see it; a goal of another organization is answered as one that does not exist. */
    public GoalView goal(String slug, CatalogCaller caller) {
        GoalView goal = goalsBySlug.get(slug);
        if (goal == null || !caller.sees(goal.organization())) {
            throw ProblemException.notFound("Goal", slug);
        }
        return goal;
    }

    /** The shared goals and those of the caller's organization. */
    public List<GoalView> goals(CatalogCaller caller) {
        return visible(goals, caller);
    }

    public Slice<SkillView> searchSkills(Area area, String text, int page, int size) {
        String needle = normalize(text);
        List<SkillView> matches = skills.stream()
                .filter(s -> area == null || s.area() == area)
                .filter(s -> needle == null || contains(s.name(), needle) || contains(s.description(), needle)
                        || contains(s.code(), needle))
                .toList();
        return page(matches, page, size);
    }

    public Slice<ModuleView> searchModules(Area area, Level level, String skill, String text, int page, int size) {
        String needle = normalize(text);
        String skillCode = skill == null || skill.isBlank() ? null : skill.trim();
        List<ModuleView> matches = modules.stream()
                .filter(m -> area == null || m.area() == area)
                .filter(m -> level == null || m.level() == level)
                .filter(m -> skillCode == null || m.skills().contains(skillCode))
                .filter(m -> needle == null || contains(m.title(), needle) || contains(m.summary(), needle))
                .toList();
        return page(matches, page, size);
    }

    public List<SkillView> skillsOf(String moduleSlug) {
        return module(moduleSlug).skills().stream().map(skillsByCode::get).filter(java.util.Objects::nonNull).toList();
    }

    public List<GoalView> goalsContaining(String moduleSlug, CatalogCaller caller) {
        module(moduleSlug);
        return visible(goalsByModule.getOrDefault(moduleSlug, List.of()), caller);
    }

    /** Direct prerequisites, or all of them in an order they can be studied in. */
    public List<ModuleView> prerequisites(String slug, boolean transitive) {
        ModuleView module = module(slug);
        if (!transitive) {
            return module.prerequisites().stream().map(modulesBySlug::get).sorted(STUDY_PREFERENCE).toList();
        }
        return studyOrder(graph.transitivePrerequisites(slug));
    }

    /** The goal's modules and everything they require, each after its prerequisites. */
    public List<ModuleView> studyOrder(String goalSlug, CatalogCaller caller) {
        return studyOrder(new LinkedHashSet<>(goal(goalSlug, caller).modules()));
    }

    private List<ModuleView> studyOrder(Set<String> targets) {
        Comparator<String> preference = Comparator.comparing(modulesBySlug::get, STUDY_PREFERENCE);
        return graph.studyOrder(targets, preference).stream().map(modulesBySlug::get).toList();
    }

    private static List<GoalView> visible(List<GoalView> goals, CatalogCaller caller) {
        return goals.stream().filter(goal -> caller.sees(goal.organization())).toList();
    }

    private static <T> Slice<T> page(List<T> matches, int page, int size) {
        long from = (long) page * size;
        if (from >= matches.size()) {
            return new Slice<>(List.of(), matches.size());
        }
        return new Slice<>(matches.subList((int) from, (int) Math.min(matches.size(), from + size)), matches.size());
    }

    private static String normalize(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }
}
