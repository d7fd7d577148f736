package org.learnpath.catalog.service;

import java.util.List;
import org.learnpath.catalog.model.Audience;
import org.learnpath.catalog.model.Goal;

/** A goal as the API shows it; {@code organization} is the owner's alias, {@code null} for a goal everyone sees. */
public record GoalView(String slug, String name, String description, List<String> modules, Audience audience,
        String organization, long version) {

    public static GoalView of(Goal g) {
        return new GoalView(g.slug, g.name, g.description, g.moduleSlugs(), g.audience(), g.organization, g.version);
    }
}
