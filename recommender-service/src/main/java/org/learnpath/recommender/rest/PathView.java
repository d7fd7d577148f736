package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.learnpath.learner.GoalCertification;
import org.learnpath.learner.LearningPath;
import org.learnpath.learner.ModuleProgress;
import org.learnpath.learner.ModuleStatus;
import org.learnpath.learner.ScheduledReview;
import org.learnpath.learner.SkillEstimate;
import org.learnpath.recommender.model.PlacementNote;
import org.learnpath.recommender.service.Catalog;
import org.learnpath.recommender.service.Planning;

/**
 * A learner's path to a goal: every module in study order with its status, the next step and why, and what "complete"
 * means for the goal: every module mastered and the goal certified ({@code certification}).
 */
public record PathView(String learnerId, String goalSlug, String goalName, Instant at, boolean complete,
        int masteredModules, int totalModules, double masteryThreshold, StepView nextStep, List<ModuleView> modules,
        List<ReviewView> reviews, CertificationView certification) {

    /**
     * How sure the answers make it that the learner knows every skill of the goal.
     *
     * @param probability   P(every skill of the goal known), on the answers alone (rounded down to 4 decimals, so
     *                      that it never reads as the target before it reaches it)
     * @param target        the probability at which the goal, once every module is mastered, is complete
     * @param certified     whether the probability reaches the target and every skill was answered
     * @param skillCount    the goal's skills, all of which count
     * @param skillsToCheck what keeps the goal from the target, in the order the check takes them: skills never
     *                      answered, then the least certain ones (empty when certified)
     */
    public record CertificationView(double probability, double target, boolean certified, int skillCount,
            List<SkillToCheckView> skillsToCheck) {
    }

    /** @param evidence P(known) on the answers alone; the population prior for a skill never answered */
    public record SkillToCheckView(String code, String name, double evidence, boolean answered) {
    }

    /**
     * @param prerequisites        the module's direct prerequisites that are in this path (all of them, since a path
     *                             holds everything its modules require): the edges of the path drawn as a graph
     * @param missingPrerequisites for a LOCKED module, the modules it requires (directly or not) not mastered yet
     * @param placement            for a MASTERED module a placement assessment placed the learner past, why; null
     *                             otherwise
     */
    public record ModuleView(String slug, String title, String status, List<SkillView> skills,
            List<String> prerequisites, List<String> missingPrerequisites, ModulePlacementView placement) {
    }

    /**
     * @param shownSkill the skill whose right answer in the placement placed the learner past the module (null when
     *                   none did)
     * @param sentence   the same in words: "You showed X in the placement assessment, ..."
     */
    public record ModulePlacementView(String shownSkill, String sentence) {
    }

    /**
     * @param mastery  P(known) now: the answers and what the model expects them to have taught
     * @param evidence P(known) now on the answers alone (what certification counts)
     */
    public record SkillView(String code, String name, double mastery, boolean mastered, int practiceCount,
            double evidence) {
    }

    /**
     * @param dueAt  when the skill is due for review: when its predicted recall falls to the target (not sooner than
     *               the minimum gap after its last answer), or without the memory model when its mastery decays below
     *               the threshold
     * @param recall predicted recall now (the memory model); {@code null} without it
     */
    public record ReviewView(String skillCode, String moduleSlug, double mastery, Instant dueAt, boolean due,
            Double recall) {
    }

    /** @param placed per module, why a completed placement placed the learner past it (see PlacementService) */
    static PathView of(LearningPath path, Catalog catalog, double threshold, Map<String, PlacementNote> placed) {
        Set<String> inPath = path.modules().stream().map(ModuleProgress::moduleSlug).collect(Collectors.toSet());
        List<ModuleView> modules = path.modules().stream()
                .map(m -> module(m, inPath, catalog, threshold, placed)).toList();
        List<ReviewView> reviews = path.reviews().stream().map(PathView::review).toList();
        return new PathView(path.learnerId(), path.goalSlug(), catalog.goalName(path.goalSlug()).orElse(null),
                path.at(), path.complete(), Planning.masteredModules(path), path.modules().size(), threshold,
                StepView.of(path.nextStep(), catalog), modules, reviews, certification(path, catalog));
    }

    private static CertificationView certification(LearningPath path, Catalog catalog) {
        GoalCertification certification = path.certification();
        Map<String, SkillEstimate> skills = new HashMap<>();
        path.modules().forEach(m -> m.skills().forEach(s -> skills.put(s.skillCode(), s)));
        List<SkillToCheckView> toCheck = certification.skillsToCheck().stream()
                .map(skills::get)
                .map(s -> new SkillToCheckView(s.skillCode(), catalog.skillName(s.skillCode()), Views.round(s.evidence()),
                        s.practiceCount() > 0))
                .toList();
        return new CertificationView(Math.floor(certification.probability() * 10_000) / 10_000,
                certification.target(), certification.certified(), certification.skillCount(), toCheck);
    }

    private static ModuleView module(ModuleProgress module, Set<String> inPath, Catalog catalog, double threshold,
            Map<String, PlacementNote> placed) {
        PlacementNote note = placed.get(module.moduleSlug());
        // Only while the module stays mastered: the placement is why the learner started past it, not a standing claim.
        ModulePlacementView placement = note != null && module.status() == ModuleStatus.MASTERED
                ? new ModulePlacementView(note.shownSkill(), note.sentence()) : null;
        return new ModuleView(module.moduleSlug(), catalog.moduleTitle(module.moduleSlug()), module.status().name(),
                module.skills().stream().map(s -> skill(s, catalog, threshold)).toList(),
                catalog.prerequisitesOf(module.moduleSlug()).stream().filter(inPath::contains).toList(),
                module.missingPrerequisites(), placement);
    }

    private static SkillView skill(SkillEstimate skill, Catalog catalog, double threshold) {
        return new SkillView(skill.skillCode(), catalog.skillName(skill.skillCode()), Views.round(skill.mastery()),
                skill.mastery() >= threshold, skill.practiceCount(), Views.round(skill.evidence()));
    }

    private static ReviewView review(ScheduledReview review) {
        return new ReviewView(review.skillCode(), review.moduleSlug(), Views.round(review.mastery()), review.dueAt(),
                review.due(), Double.isNaN(review.recall()) ? null : Views.round(review.recall()));
    }
}
