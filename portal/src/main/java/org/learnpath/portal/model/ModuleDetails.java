package org.learnpath.portal.model;

import java.util.List;

/** A whole module as the catalog returns it; {@code version} is what its ETag carries. */
public record ModuleDetails(String slug, String title, String summary, String area, String level,
        int estimatedMinutes, List<String> outcomes, List<ModuleResourceLink> resources, List<String> skills,
        List<String> prerequisites, long version) {

    public ModuleDetails {
        outcomes = outcomes == null ? List.of() : outcomes;
        resources = resources == null ? List.of() : resources;
        skills = skills == null ? List.of() : skills;
        prerequisites = prerequisites == null ? List.of() : prerequisites;
    }
}
