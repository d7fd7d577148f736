package org.learnpath.catalog.service;

import java.util.List;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Level;
import org.learnpath.catalog.model.ResourceKind;

/**
 * A whole module as an author wants it: to create ({@code slug} required) or to replace ({@code slug} optional).
 * Skills and prerequisites are given by code and slug; absent lists are empty.
 */
public record ModuleDraft(String slug, String title, String summary, Area area, Level level, int estimatedMinutes,
        List<String> outcomes, List<Resource> resources, List<String> skills, List<String> prerequisites) {

    public ModuleDraft {
        outcomes = outcomes == null ? List.of() : outcomes;
        resources = resources == null ? List.of() : resources;
        prerequisites = prerequisites == null ? List.of() : prerequisites;
    }

    public record Resource(String title, String url, ResourceKind kind) {
    }
}
