package org.learnpath.recommender.service;

import java.util.ArrayList;
import java.util.List;
import org.learnpath.recommender.config.CalibrationConfig;

/**
 * When an item is flagged, from its first answers (thresholds documented in {@link CalibrationConfig}):
 * <ul>
 *   <li>nothing below {@code minAnswers} first answers: too few to tell the item from chance;</li>
 *   <li>TOO_EASY at a share correct of at least {@code tooEasy}, TOO_HARD at most {@code tooHard};</li>
 *   <li>NEGATIVE_DISCRIMINATION below {@code negativeDiscrimination}, else LOW_DISCRIMINATION below
 *       {@code lowDiscrimination} (no discrimination flag while the correlation is undefined, e.g. everyone right);</li>
 *   <li>PROBABLY_MISKEYED when at least {@code minHighMasteryAnswers} first answers come from learners of high
 *       mastery, their share correct is below {@code miskeyedShareCorrect}, and the correlation is negative (or
 *       undefined). The correlation condition keeps a hard item that learners failed as beginners, and have
 *       mastered since, from looking mis-keyed (the mastery read is today's, see the report repository).</li>
 * </ul>
 */
public record ItemCalibrationRules(int minAnswers, double tooEasy, double tooHard, double lowDiscrimination,
        double negativeDiscrimination, double highMastery, int minHighMasteryAnswers, double miskeyedShareCorrect) {

    public static ItemCalibrationRules of(CalibrationConfig config) {
        return new ItemCalibrationRules(config.minAnswers(), config.tooEasy(), config.tooHard(),
                config.lowDiscrimination(), config.negativeDiscrimination(), config.highMastery(),
                config.minHighMasteryAnswers(), config.miskeyedShareCorrect());
    }

    public boolean enoughAnswers(long answers) {
        return answers >= minAnswers;
    }

    /** The item's flags, most serious first; none for an item with too few first answers. */
    public List<ItemCalibrationFlag> flags(long answers, Double shareCorrect, Double discrimination,
            long highMasteryAnswers, Double highMasteryShareCorrect) {
        List<ItemCalibrationFlag> flags = new ArrayList<>();
        if (!enoughAnswers(answers) || shareCorrect == null) {
            return flags;
        }
        if (highMasteryAnswers >= minHighMasteryAnswers && highMasteryShareCorrect != null
                && highMasteryShareCorrect < miskeyedShareCorrect && (discrimination == null || discrimination < 0)) {
            flags.add(ItemCalibrationFlag.PROBABLY_MISKEYED);
        }
        if (discrimination != null && discrimination < negativeDiscrimination) {
            flags.add(ItemCalibrationFlag.NEGATIVE_DISCRIMINATION);
        }
        if (shareCorrect <= tooHard) {
            flags.add(ItemCalibrationFlag.TOO_HARD);
        }
        if (discrimination != null && discrimination >= negativeDiscrimination && discrimination < lowDiscrimination) {
            flags.add(ItemCalibrationFlag.LOW_DISCRIMINATION);
        }
        if (shareCorrect >= tooEasy) {
            flags.add(ItemCalibrationFlag.TOO_EASY);
        }
        return flags;
    }
}
