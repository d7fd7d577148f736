package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * @param prerequisites        the module's direct prerequisites that are in this path (all of them, since a path
     *                             holds everything its modules require): the edges of the path drawn as a graph
     * @param missingPrerequisites for a LOCKED module, the modules it requires (directly or not) not mastered yet
     */
    public record ModuleView(String slug, String title, String status, List<SkillView> skills,
            List<String> prerequisites, List<String> missingPrerequisites) {
    }

    public record SkillView(String code, String name, double mastery, boolean mastered, int practiceCount) {
    }

    public record ReviewView(String skillCode, String moduleSlug, double mastery, Instant dueAt, boolean due) {
    }

    static PathView of(LearningPath path, Catalog catalog, double threshold) {
        Set<String> inPath = path.modules().stream().map(ModuleProgress::moduleSlug).collect(Collectors.toSet());
        List<ModuleView> modules = path.modules().stream().map(m -> module(m, inPath, catalog, threshold)).toList();
        List<ReviewView> reviews = path.reviews().stream().map(PathView::review).toList();
        return new PathView(path.learnerId(), path.goalSlug(), catalog.goalName(path.goalSlug()).orElse(null),
                path.at(), path.complete(), Planning.masteredModules(path), path.modules().size(), threshold,
                StepView.of(path.nextStep(), catalog), modules, reviews);
    }

    private static ModuleView module(ModuleProgress module, Set<String> inPath, Catalog catalog, double threshold) {
        return new ModuleView(module.moduleSlug(), catalog.moduleTitle(module.moduleSlug()), module.status().name(),
                module.skills().stream().map(s -> skill(s, catalog, threshold)).toList(),
                catalog.prerequisitesOf(module.moduleSlug()).stream().filter(inPath::contains).toList(),
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
