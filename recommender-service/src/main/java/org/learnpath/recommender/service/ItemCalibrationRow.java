package org.learnpath.recommender.service;

import java.util.List;
import java.util.UUID;

/**
 * One item of the calibration report: its figures (see {@link ItemCalibrationRules} for how they are judged) and
 * flags. Nothing in it is about a single learner: every figure aggregates all answers to the item.
 *
 * @param answers first answers, which the shares and the discrimination are computed from
 * @param repeatAnswers later answers of learners who had answered the item before (not judged)
 * @param discrimination point-biserial correlation between a correct first answer and the learner's mastery of the
 *        item's skills; null when undefined
 * @param highMasteryAnswers first answers by learners whose mastery of the item's skills is high
 * @param enoughAnswers false when the item has too few answers to be judged (and so has no flags)
 */
public record ItemCalibrationRow(UUID itemId, List<String> skillCodes, String status, Double priorDifficulty,
        Double learnedDifficulty, long answers, long repeatAnswers, Double shareCorrect, Double discrimination,
        long highMasteryAnswers, Double highMasteryShareCorrect, List<ItemCalibrationFlag> flags,
        boolean enoughAnswers) {

    public ItemCalibrationRow {
        skillCodes = List.copyOf(skillCodes);
        flags = List.copyOf(flags);
    }
}
