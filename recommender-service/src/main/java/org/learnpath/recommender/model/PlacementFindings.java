package org.learnpath.recommender.model;

import java.util.List;
import org.learnpath.learner.SkillMastery;

/** What a completed placement found, as stored: per skill of the goal, and the modules it placed the learner past. */
public record PlacementFindings(List<SkillFinding> skills, List<ModuleFinding> modules) {

    /** Nothing found: a placement finished with no answer it could weigh. */
    public static final PlacementFindings NONE = new PlacementFindings(List.of(), List.of());

    public PlacementFindings {
        skills = List.copyOf(skills);
        modules = List.copyOf(modules);
    }

    /**
     * @param known    P(known) given the placement's answers
     * @param answered placement answers to items of this skill, of which {@code correct} right
     * @param seed     the starting estimate the placement gave the skill (written only if the learner had never
     *                 practised it); null when it gave none
     */
    public record SkillFinding(String skillCode, double known, int answered, int correct, SkillMastery seed) {
    }

    /**
     * @param shownSkill the skill whose right answer placed the learner past the module (null when none did)
     * @param shownHere  whether that skill is one of the module's own
     * @param sentence   why the learner starts past the module, for the path
     */
    public record ModuleFinding(String moduleSlug, String shownSkill, boolean shownHere, String sentence) {
    }
}
