package org.learnpath.catalog.service;

import java.util.List;
import org.learnpath.catalog.model.Goal;

public record GoalView(String slug, String name, String description, List<String> modules, long version) {

    public static GoalView of(Goal g) {
        return new GoalView(g.slug, g.name, g.description, g.moduleSlugs(), g.version);
    }
}
