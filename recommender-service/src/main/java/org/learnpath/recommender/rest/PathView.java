package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.ModuleProgress;
import org.learnpath.learner.ScheduledReview;
import org.learnpath.learner.SkillEstimate;
import org.learnpath.recommender.service.Catalog;
import org.learnpath.recommender.service.Planning;

/** A learner's path to a goal: every module in study order with its status, the next step and why. */
public record PathView(String learnerId, String goalSlug, String goalName, Instant at, boolean complete,
        int masteredModules, int totalModules, double masteryThreshold, StepView nextStep, List<ModuleView> modules,
        List<ReviewView> reviews) {

    public record ModuleView(String slug, String title, String status, List<SkillView> skills,
            List<String> missingPrerequisites) {
    }

    public record SkillView(String code, String name, double mastery, boolean mastered, int practiceCount) {
    }

    public record ReviewView(String skillCode, String moduleSlug, double mastery, Instant dueAt, boolean due) {
    }

    static PathView of(LearningPath path, Catalog catalog, double threshold) {
        List<ModuleView> modules = path.modules().stream().map(m -> module(m, catalog, threshold)).toList();
        List<ReviewView> reviews = path.reviews().stream().map(PathView::review).toList();
        return new PathView(path.learnerId(), path.goalSlug(), catalog.goalName(path.goalSlug()).orElse(null),
                path.at(), path.complete(), Planning.masteredModules(path), path.modules().size(), threshold,
                StepView.of(path.nextStep(), catalog), modules, reviews);
    }

    private static ModuleView module(ModuleProgress module, Catalog catalog, double threshold) {
        return new ModuleView(module.moduleSlug(), catalog.moduleTitle(module.moduleSlug()), module.status().name(),
                module.skills().stream().map(s -> skill(s, catalog, threshold)).toList(),
                module.missingPrerequisites());
    }

    private static SkillView skill(SkillEstimate skill, Catalog catalog, double threshold) {
        return new SkillView(skill.skillCode(), catalog.skillName(skill.skillCode()), Views.round(skill.mastery()),
                skill.mastery() >= threshold, skill.practiceCount());
    }

    private static ReviewView review(ScheduledReview review) {
        return new ReviewView(review.skillCode(), review.moduleSlug(), Views.round(review.mastery()), review.dueAt(),
                review.due());
    }
}
