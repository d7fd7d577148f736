package org.learnpath.recommender.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.learnpath.learner.CatalogGraph;
import org.learnpath.recommender.model.CatalogData;

/**
 * One consistent, immutable view of the catalog: the prerequisite graph the planner works on, skill and module
 * names for responses, and the recommendable items per skill.
 *
 * <p>The replicas fill the tables from three topics whose partitions arrive in any order, so a view may be built
 * while a module names a prerequisite, skill or goal module not received yet. Such dangling references are
 * left out rather than failing the build: the next catalog revision completes them.
 */
public final class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

    private final long revision;
    private final CatalogGraph graph;
    private final Map<String, String> skillNames;
    private final Map<String, String> goalNames;
    /** The organization of each organization's own goal; a goal absent here is everyone's. */
    private final Map<String, String> goalOrganizations;
    private final Map<String, List<CatalogData.Item>> itemsBySkill;

    private Catalog(long revision, CatalogGraph graph, Map<String, String> skillNames, Map<String, String> goalNames,
            Map<String, String> goalOrganizations, Map<String, List<CatalogData.Item>> itemsBySkill) {
        this.revision = revision;
        this.graph = graph;
        this.skillNames = skillNames;
        this.goalNames = goalNames;
        this.goalOrganizations = goalOrganizations;
        this.itemsBySkill = itemsBySkill;
    }

    public static Catalog empty() {
        return new Catalog(-1, CatalogGraph.builder().build(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    public static Catalog of(CatalogData data) {
        Set<String> moduleSlugs = new HashSet<>();
        data.modules().stream().filter(m -> !m.skillCodes().isEmpty()).forEach(m -> moduleSlugs.add(m.slug()));
        CatalogGraph.Builder builder = CatalogGraph.builder();
        Map<String, String> skillNames = new HashMap<>();
        for (CatalogData.Skill skill : data.skills()) {
            builder.skill(skill.code(), skill.name());
            skillNames.put(skill.code(), skill.name());
        }
        int dangling = 0;
        for (CatalogData.Module module : data.modules()) {
            if (!moduleSlugs.contains(module.slug())) {
                continue;
            }
            List<String> prerequisites = module.prerequisites().stream().filter(moduleSlugs::contains).toList();
            dangling += module.prerequisites().size() - prerequisites.size();
            builder.module(module.slug(), module.title(), module.skillCodes(), prerequisites);
        }
        Map<String, String> goalNames = new HashMap<>();
        Map<String, String> goalOrganizations = new HashMap<>();
        for (CatalogData.Goal goal : data.goals()) {
            if (goal.organization() != null) {
                goalOrganizations.put(goal.slug(), goal.organization());
            }
            List<String> modules = goal.moduleSlugs().stream().filter(moduleSlugs::contains).toList();
            dangling += goal.moduleSlugs().size() - modules.size();
            builder.goal(goal.slug(), goal.name(), modules);
            goalNames.put(goal.slug(), goal.name());
        }
        if (dangling > 0) {
            LOG.info(() -> "Catalog revision " + data.revision() + " has references not received yet; left out for now");
        }
        Map<String, List<CatalogData.Item>> itemsBySkill = new HashMap<>();
        for (CatalogData.Item item : data.items()) {
            for (String skill : item.skillCodes()) {
                itemsBySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(item);
            }
        }
        itemsBySkill.replaceAll((skill, items) -> List.copyOf(items));
        return new Catalog(data.revision(), builder.build(), Map.copyOf(skillNames), Map.copyOf(goalNames),
                Map.copyOf(goalOrganizations), Map.copyOf(itemsBySkill));
    }

    public long revision() {
        return revision;
    }

    public CatalogGraph graph() {
        return graph;
    }

    public boolean hasGoal(String slug) {
        return goalNames.containsKey(slug);
    }

    /**
     * Whether the goal exists for a learner of {@code organization}: a goal everyone sees, or that organization's own.
     * A learner of no known organization ({@code null}) sees no organization's goal. Callers answer another
     * organization's goal exactly as a goal that does not exist.
     */
    public boolean hasGoalFor(String slug, String organization) {
        if (!goalNames.containsKey(slug)) {
            return false;
        }
        String owner = goalOrganizations.get(slug);
        return owner == null || owner.equals(organization);
    }

    public Optional<String> goalName(String slug) {
        return Optional.ofNullable(goalNames.get(slug));
    }

    public String skillName(String code) {
        return skillNames.getOrDefault(code, code);
    }

    public String moduleTitle(String slug) {
        try {
            return graph.module(slug).title();
        } catch (IllegalArgumentException unknown) {
            return slug;
        }
    }

    /** The modules {@code slug} requires directly, in the order the catalog lists them; none for an unknown module. */
    public List<String> prerequisitesOf(String slug) {
        try {
            return graph.module(slug).prerequisites();
        } catch (IllegalArgumentException unknown) {
            return List.of();
        }
    }

    public List<CatalogData.Item> itemsFor(String skillCode) {
        return itemsBySkill.getOrDefault(skillCode, Collections.emptyList());
    }
}
