package org.learnpath.portal.model;

import java.util.List;

/**
 * The catalog's module request body: the whole module, for creation (slug set) or full replacement (slug null,
 * the path names the module).
 */
public record ModuleWrite(String slug, String title, String summary, String area, String level,
        Integer estimatedMinutes, List<String> outcomes, List<ModuleResourceLink> resources, List<String> skills,
        List<String> prerequisites) {
}
