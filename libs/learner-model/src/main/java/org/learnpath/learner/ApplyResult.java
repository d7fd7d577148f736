package org.learnpath.learner;

import java.util.List;

/**
 * What {@link LearnerModel#apply} did.
 *
 * @param applied          false for a duplicate event id (nothing changed)
 * @param predictedCorrect the model's P(correct) for this answer just before it was applied (NaN if not applied);
 *                         logging it gives the next-answer predictions needed to monitor AUC in production
 * @param skills           the updated skill states, in the observation's skill order (empty if not applied)
 * @param item             the item's difficulty after the update ({@code null} if not applied)
 */
public record ApplyResult(boolean applied, double predictedCorrect, List<SkillMastery> skills, ItemDifficulty item) {

    static final ApplyResult DUPLICATE = new ApplyResult(false, Double.NaN, List.of(), null);

    public ApplyResult {
        skills = List.copyOf(skills);
    }
}
