package org.learnpath.learner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How sure the model is that a learner knows every skill of a goal, on evidence: a goal is complete when this is
 * {@link #certified()}.
 *
 * <p>The probability is the product, over the goal's skills (its modules and everything they require), of each
 * skill's {@link SkillEstimate#evidence()}: P(known) from the answers alone, before the learning transition of the
 * last answer, forgetting applied. The product treats skills as independent given the answers, which is how they are
 * traced. A skill never answered counts as unchecked whatever its prior: a goal is never certified on the prior.
 *
 * <p>The per-skill mastery threshold (0.95) unlocks modules; it does not bound the goal: 25 skills each known with
 * probability 0.95 are all known with probability 0.28. Certification spends the goal's error budget
 * ({@code 1 - target}) on the goal as a whole.
 *
 * @param probability    P(every skill of the goal known), on evidence
 * @param target         the probability at or above which the goal is certified ({@code 1 - alpha})
 * @param skillCount     the goal's skills
 * @param skillsToCheck  what keeps the goal from the target, in the order the check takes them: first the skills
 *                       never answered (study order), then the least certain skills, as many as must become certain
 *                       for the product to reach the target (empty when certified)
 */
public record GoalCertification(double probability, double target, int skillCount, List<String> skillsToCheck) {

    public GoalCertification {
        Objects.requireNonNull(skillsToCheck, "skillsToCheck");
        skillsToCheck = List.copyOf(skillsToCheck);
    }

    /** Whether every skill was answered and the goal's probability reaches the target. */
    public boolean certified() {
        return skillsToCheck.isEmpty();
    }

    /**
     * The certification of a goal whose skills read as {@code skills} (in study order).
     *
     * @param target the probability to reach, within (0, 1)
     */
    public static GoalCertification of(List<SkillEstimate> skills, double target) {
        double probability = 1;
        List<String> toCheck = new ArrayList<>();
        List<SkillEstimate> answered = new ArrayList<>();
        for (SkillEstimate skill : skills) {
            probability *= skill.evidence();
            if (skill.practiceCount() == 0) {
                toCheck.add(skill.skillCode());
            } else {
                answered.add(skill);
            }
        }
        // The unchecked ones count as certain here: they are checked anyway, and what is left must reach the target
        // even then. Then the least certain, until the others alone reach it.
        double rest = 1;
        for (SkillEstimate skill : answered) {
            rest *= skill.evidence();
        }
        answered.sort(Comparator.comparingDouble(SkillEstimate::evidence)); // stable: study order on ties
        for (int i = 0; i < answered.size() && rest < target; i++) {
            SkillEstimate skill = answered.get(i);
            toCheck.add(skill.skillCode());
            rest = skill.evidence() > 0 ? rest / skill.evidence() : restWithout(answered, i);
        }
        return new GoalCertification(probability, target, skills.size(), toCheck);
    }

    /** The product of the evidence of {@code answered} after index {@code i} (once one factor was 0). */
    private static double restWithout(List<SkillEstimate> answered, int i) {
        double rest = 1;
        for (int j = i + 1; j < answered.size(); j++) {
            rest *= answered.get(j).evidence();
        }
        return rest;
    }
}
