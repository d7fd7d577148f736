package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;

/**
 * A learner's path to their goal as the recommender answers it, reduced to what the portal renders on the server
 * (the custom elements read the full path themselves). Members the portal does not render are ignored when read.
 *
 * @param complete      every module mastered and the goal certified
 * @param certification what "complete" asks of the answers; null from a recommender that does not certify goals
 */
public record PathView(String goalSlug, String goalName, boolean complete, int masteredModules, int totalModules,
        List<PathModule> modules, List<PathReview> reviews, PathCertification certification) {

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

    /**
     * How sure the learner's answers make it that they know every skill of the goal.
     *
     * @param probability   P(every skill of the goal known) on the answers alone, rounded down by the recommender
     * @param target        the probability the goal needs (besides every module mastered) to be complete
     * @param certified     the probability reaches the target and every skill was answered
     * @param skillCount    the goal's skills, all of which count
     * @param skillsToCheck what keeps the goal from the target, in the order the check takes them (empty when
     *                      certified)
     */
    public record PathCertification(double probability, double target, boolean certified, int skillCount,
            List<SkillToCheck> skillsToCheck) {
        public PathCertification {
            skillsToCheck = skillsToCheck == null ? List.of() : List.copyOf(skillsToCheck);
        }
    }

    /** @param evidence P(known) on the answers alone; for a skill never answered, the population's prior */
    public record SkillToCheck(String code, String name, double evidence, boolean answered) {
    }
}
