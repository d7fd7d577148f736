package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;

/**
 * A learner's path to their goal as the recommender answers it, reduced to what the portal renders on the server
 * (the custom elements read the full path themselves).
 */
public record PathView(String goalSlug, String goalName, boolean complete, int masteredModules, int totalModules,
        List<PathModule> modules, List<PathReview> reviews) {

    public PathView {
        modules = modules == null ? List.of() : List.copyOf(modules);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    public record PathModule(String slug, String title, String status, List<PathSkill> skills) {
        public PathModule {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    public record PathSkill(String code, String name) {
    }

    /** A skill mastered once whose practice is (or will be) due again. */
    public record PathReview(String skillCode, String moduleSlug, double mastery, Instant dueAt, boolean due) {
    }
}
