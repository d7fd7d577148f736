package org.learnpath.learner;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a placement assessment found: per skill of the goal the probability that the learner knows it, and the modules
 * it placed them past. Its {@link #seeds} are the learner's starting estimates.
 *
 * @param answers       answers the placement weighed
 * @param skills        every skill of the goal, in study order
 * @param placedModules the modules whose every skill placement makes at least as likely as the mastery threshold
 *                      (after the {@link PlacementConfig#seedCap() cap}), in study order
 */
public record PlacementResult(String goalSlug, int answers, List<SkillPlacement> skills,
        List<PlacedModule> placedModules) {

    /**
     * @param known    P(known) given the placement's answers, not capped
     * @param answered placement answers to items of this skill
     * @param correct  of which right
     */
    public record SkillPlacement(String skillCode, double known, int answered, int correct) {
        public SkillPlacement {
            Objects.requireNonNull(skillCode, "skillCode");
        }
    }

    /**
     * @param shownSkill the skill whose right answer put the learner past this module: one of its own, or one of a
     *                   module that builds on it (the most certain); {@code null} when no right answer did
     * @param shownHere  whether {@code shownSkill} is a skill of this module
     */
    public record PlacedModule(String moduleSlug, String shownSkill, boolean shownHere) {
        public PlacedModule {
            Objects.requireNonNull(moduleSlug, "moduleSlug");
        }
    }

    public PlacementResult {
        Objects.requireNonNull(goalSlug, "goalSlug");
        skills = List.copyOf(skills);
        placedModules = List.copyOf(placedModules);
    }

    /**
     * The learner's starting estimate of each skill of the goal, as of {@code at}: mastery and evidence both the
     * placement's probability, at most {@code cap}; a skill answered in the placement counts its answers (so the
     * certification knows it was answered), one never asked has none.
     */
    public List<SkillMastery> seeds(Instant at, double cap) {
        Objects.requireNonNull(at, "at");
        List<SkillMastery> seeds = new ArrayList<>(skills.size());
        for (SkillPlacement skill : skills) {
            double p = Math.min(cap, skill.known());
            seeds.add(new SkillMastery(skill.skillCode(), p, p, skill.answered() > 0 ? at : null, skill.answered(),
                    skill.correct()));
        }
        return seeds;
    }

    public boolean placedPast(String moduleSlug) {
        return placedModules.stream().anyMatch(m -> m.moduleSlug().equals(moduleSlug));
    }
}
