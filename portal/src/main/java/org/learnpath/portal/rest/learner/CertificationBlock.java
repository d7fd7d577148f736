package org.learnpath.portal.rest.learner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.learnpath.portal.model.PathView;
import org.learnpath.portal.model.PathView.PathCertification;
import org.learnpath.portal.model.PathView.SkillToCheck;

/**
 * What "complete" means for the goal on the path page: every module mastered, and the answers making it at least
 * {@code target} % likely that the learner knows every skill; how likely they make it {@code now}, and what remains.
 *
 * <p>Percentages are rounded down, at the precision of the target (95 % shows whole percents, 99.9 % one decimal):
 * the page never shows the target before the goal reaches it, nor a skill surer than the answers make it.
 *
 * @param goal        the goal's slug when it is not the learner's chosen goal (the page shows an assigned one), else
 *                    null: the block is refreshed for the same goal
 * @param complete    the goal is complete (every module mastered and the goal certified)
 * @param certified   the answers reach the target and every skill was answered
 * @param now         how likely the answers make it that the learner knows every skill, in percent
 * @param target      the percentage the goal needs
 * @param skillCount  the goal's skills
 * @param modulesLeft the modules not mastered yet
 * @param toCheck     the skills still to check, in the order the check takes them (empty when certified)
 */
public record CertificationBlock(String goal, boolean complete, boolean certified, String now, String target,
        int skillCount, int modulesLeft, List<SkillRow> toCheck) {

    /** Percentages never show more decimals than this. */
    private static final int MAX_DECIMALS = 2;

    /** @param likely P(known) on the answers, in percent rounded down; meaningless while not {@code answered} */
    public record SkillRow(String code, String name, boolean answered, String likely) {
    }

    public CertificationBlock {
        toCheck = List.copyOf(toCheck);
    }

    /** The block for {@code path}, or null when the recommender did not say what "complete" means. */
    static CertificationBlock of(PathView path, String goal) {
        PathCertification certification = path.certification();
        if (certification == null) {
            return null;
        }
        BigDecimal target = percent(certification.target()).stripTrailingZeros();
        int decimals = Math.min(MAX_DECIMALS, Math.max(0, target.scale()));
        List<SkillRow> toCheck = certification.skillsToCheck().stream()
                .map(s -> skill(s, decimals))
                .toList();
        return new CertificationBlock(goal, path.complete(), certification.certified(),
                down(certification.probability(), decimals), target.setScale(decimals, RoundingMode.FLOOR)
                        .toPlainString(), Math.max(0, certification.skillCount()),
                Math.max(0, path.totalModules() - path.masteredModules()), toCheck);
    }

    /** "all 12 skills", "its one skill": what the sentences say the learner must know. */
    public String skillsPhrase() {
        return skillCount == 1 ? "its one skill" : "all " + skillCount + " skills";
    }

    public boolean allModulesMastered() {
        return modulesLeft == 0;
    }

    private static SkillRow skill(SkillToCheck skill, int decimals) {
        String name = skill.name() == null || skill.name().isBlank() ? skill.code() : skill.name();
        return new SkillRow(skill.code(), name, skill.answered(), down(skill.evidence(), decimals));
    }

    /**
     * A probability in percent, rounded down. Decimal arithmetic on the number as the recommender wrote it: in binary,
     * 0.29 * 100 is 28.999999999999996, which a floor would show as 28.
     */
    private static String down(double probability, int decimals) {
        return percent(probability).setScale(decimals, RoundingMode.FLOOR).toPlainString();
    }

    private static BigDecimal percent(double probability) {
        double p = Double.isFinite(probability) ? Math.min(1, Math.max(0, probability)) : 0;
        return BigDecimal.valueOf(p).movePointRight(2);
    }
}
