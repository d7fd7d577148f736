package org.learnpath.learner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the {@link Reason}s: the structured fields and the one English sentence built from the same values, so
 * the sentence can never disagree with the data. Numbers use two decimals, as the learner sees them elsewhere.
 */
final class Explanations {

    private final CatalogGraph graph;
    private final double threshold;

    Explanations(CatalogGraph graph, double threshold) {
        this.graph = graph;
        this.threshold = threshold;
    }

    Reason prerequisiteDecayed(SkillEstimate skill, String blockedModule) {
        return new Reason(ReasonKind.PREREQUISITE_DECAYED, skill.skillCode(), skill.mastery(), threshold, blockedModule,
                "Review '%s': your mastery fell to %s, below %s, and '%s' builds on it."
                        .formatted(skillName(skill), number(skill.mastery()), number(threshold), title(blockedModule)));
    }

    /**
     * @param prerequisite the prerequisite skill to check
     * @param studied      the studied skill whose answers raised the doubt
     * @param gap          the posterior probability of a gap
     * @param threshold    the diagnosis threshold it reached
     */
    Reason prerequisiteDoubted(SkillEstimate prerequisite, SkillEstimate studied, double gap, double threshold,
            String blockedModule) {
        return new Reason(ReasonKind.PREREQUISITE_DOUBTED, prerequisite.skillCode(), gap, threshold, blockedModule,
                "Your answers on '%s' suggest a gap in '%s', which it builds on (%s%% likely): a check of it comes first."
                        .formatted(skillName(studied), skillName(prerequisite), percent(gap)));
    }

    Reason reviewDue(SkillEstimate skill, String goalSlug) {
        return new Reason(ReasonKind.REVIEW_DUE, skill.skillCode(), skill.mastery(), threshold, null,
                "Review '%s': your mastery fell to %s, below %s, and it is part of your goal '%s'."
                        .formatted(skillName(skill), number(skill.mastery()), number(threshold), goalName(goalSlug)));
    }

    Reason prerequisiteRecall(SkillEstimate skill, double recall, double target, String blockedModule) {
        return new Reason(ReasonKind.PREREQUISITE_DECAYED, skill.skillCode(), recall, target, blockedModule,
                "Review '%s': you are likely to recall it only %s%% of the time now, below the %s%% aimed for, and '%s' builds on it."
                        .formatted(skillName(skill), percent(recall), percent(target), title(blockedModule)));
    }

    Reason reviewRecall(SkillEstimate skill, double recall, double target, String goalSlug) {
        return new Reason(ReasonKind.REVIEW_DUE, skill.skillCode(), recall, target, null,
                "Review '%s': you are likely to recall it only %s%% of the time now, below the %s%% aimed for, and it is part of your goal '%s'."
                        .formatted(skillName(skill), percent(recall), percent(target), goalName(goalSlug)));
    }

    Reason readyForGoal(String moduleSlug, SkillEstimate weakest, boolean hasPrerequisites, int unlocks,
            boolean last, String unlocked, String goalSlug) {
        String why;
        if (unlocks > 0) {
            why = "%d more %s of your goal '%s' build%s on it".formatted(unlocks, unlocks == 1 ? "module" : "modules",
                    goalName(goalSlug), unlocks == 1 ? "s" : "");
        } else if (last) {
            why = "it is the last module left for your goal '%s'".formatted(goalName(goalSlug));
        } else {
            why = "it is part of your goal '%s'".formatted(goalName(goalSlug));
        }
        return new Reason(ReasonKind.READY_FOR_GOAL, weakest.skillCode(), weakest.mastery(), threshold, unlocked,
                "Study '%s': %s and %s; start with '%s' (mastery %s, target %s)."
                        .formatted(title(moduleSlug),
                                hasPrerequisites ? "its prerequisites are mastered" : "it has no prerequisites", why,
                                skillName(weakest), number(weakest.mastery()), number(threshold)));
    }

    Reason certificationCheck(SkillEstimate skill, GoalCertification certification, String goalSlug) {
        String which = skill.practiceCount() == 0
                ? "no answer of yours has shown '%s' yet".formatted(skillName(skill))
                : "'%s' is the least certain (%s%%)".formatted(skillName(skill), percent(skill.evidence()));
        return new Reason(ReasonKind.CERTIFICATION_CHECK, skill.skillCode(), skill.evidence(), threshold, null,
                ("Certification check: every module of your goal '%s' is mastered, and the goal is complete when your"
                        + " answers make it at least %s%% likely that you know all %d of its skills; they make it %s%%"
                        + " now, and %s.").formatted(goalName(goalSlug), percent(certification.target()),
                        certification.skillCount(), percent(certification.probability()), which));
    }

    Reason goalComplete(String goalSlug, GoalCertification certification) {
        return new Reason(ReasonKind.GOAL_COMPLETE, null, certification.probability(), threshold, null,
                "You have mastered every module of your goal '%s', and your answers make it %s%% likely that you know all %d of its skills."
                        .formatted(goalName(goalSlug), percent(certification.probability()),
                                certification.skillCount()));
    }

    Reason itemCertificationCheck(SkillEstimate skill, double ifKnown, double predicted, boolean unseen) {
        String sentence = "Show that you know '%s' (%s%% likely on your answers so far): of the items for it %s, this one best tells knowing it from guessing; if you know it you should get it right %d%% of the time (%d%% by what we know of you now)."
                .formatted(skillName(skill), percent(skill.evidence()),
                        unseen ? "that you have not answered before" : "(you have answered them all before)",
                        Math.round(ifKnown * 100), Math.round(predicted * 100));
        return new Reason(ReasonKind.ITEM_CERTIFICATION_CHECK, skill.skillCode(), skill.evidence(), threshold, null,
                sentence);
    }

    Reason itemNearTarget(SkillEstimate skill, double predicted, double target, boolean allSeenRecently) {
        String sentence = allSeenRecently
                ? "Practise '%s' (mastery %s, target %s) with the item you saw longest ago, as you have recently seen every item for it."
                        .formatted(skillName(skill), number(skill.mastery()), number(threshold))
                : "Practise '%s' (mastery %s, target %s) with an item you should get right %d%% of the time, the closest to the %d%% aimed for."
                        .formatted(skillName(skill), number(skill.mastery()), number(threshold),
                                Math.round(predicted * 100), Math.round(target * 100));
        return new Reason(ReasonKind.ITEM_NEAR_TARGET, skill.skillCode(), skill.mastery(), threshold, null, sentence);
    }

    Reason itemSeveralSkills(SkillEstimate skill, List<SkillEstimate> others, double predicted, double perSkill,
            double target) {
        List<String> names = new ArrayList<>();
        List<String> masteries = new ArrayList<>();
        for (SkillEstimate other : others) {
            names.add("'" + skillName(other) + "'");
            masteries.add(number(other.mastery()));
        }
        String sentence = "Practise '%s' (mastery %s, target %s) together with %s (mastery %s): this item practises %s in one answer, and you should get it right %d%% of the time, %d%% for each skill's part, near the %d%% aimed for."
                .formatted(skillName(skill), number(skill.mastery()), number(threshold), and(names), and(masteries),
                        others.size() == 1 ? "both" : "all of them", Math.round(predicted * 100),
                        Math.round(perSkill * 100), Math.round(target * 100));
        return new Reason(ReasonKind.ITEM_SEVERAL_SKILLS, skill.skillCode(), skill.mastery(), threshold, null, sentence);
    }

    Reason itemMasteryCheck(SkillEstimate skill, double ifKnown, double predicted) {
        String sentence = "Show that you know '%s' (mastery %s, target %s): of the items for it, this one best tells knowing it from guessing; if you know it you should get it right %d%% of the time (%d%% by what we know of you now)."
                .formatted(skillName(skill), number(skill.mastery()), number(threshold), Math.round(ifKnown * 100),
                        Math.round(predicted * 100));
        return new Reason(ReasonKind.ITEM_MASTERY_CHECK, skill.skillCode(), skill.mastery(), threshold, null, sentence);
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private String skillName(SkillEstimate skill) {
        return graph.skill(skill.skillCode()).name();
    }

    private String title(String moduleSlug) {
        return graph.module(moduleSlug).title();
    }

    private String goalName(String goalSlug) {
        return graph.goal(goalSlug).name();
    }

    /** A probability as a whole percentage, truncated so that 94.9% never reads as 95%. */
    private static String percent(double value) {
        return Long.toString((long) Math.floor(value * 100 + 1e-9));
    }

    private static String number(double value) {
        // Rounding would show 0.9496 as "0.95" next to "below 0.95"; truncate so the sentence stays true (the
        // epsilon absorbs binary representation error, e.g. 0.29 * 100 = 28.999999999999996).
        return String.format(Locale.ROOT, "%.2f", Math.floor(value * 100 + 1e-9) / 100);
    }
}
