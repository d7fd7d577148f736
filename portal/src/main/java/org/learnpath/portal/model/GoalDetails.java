package org.learnpath.portal.model;

import java.util.List;

/** A learning goal as the catalog returns it: the modules it asks for, by slug; {@code version} is its ETag. */
public record GoalDetails(String slug, String name, String description, List<String> modules, long version) {

    public GoalDetails {
        modules = modules == null ? List.of() : modules;
    }
}
