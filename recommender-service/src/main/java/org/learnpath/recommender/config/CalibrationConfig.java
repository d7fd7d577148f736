package org.learnpath.recommender.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Thresholds of the item calibration report ({@code GET /api/reports/item-calibration}), which flags items whose
 * answers suggest the item, not the learners, is at fault. Shares and masteries are probabilities (0 to 1);
 * discrimination is the point-biserial correlation (-1 to 1) between a correct first answer and the answering
 * learner's mastery of the item's skills.
 *
 * <p>The defaults follow classical item analysis: an item nearly everyone gets right (or wrong) tells little about
 * who knows the skill, and a correlation below about 0.15 means the item barely separates those who know from those
 * who do not. They are judged on first answers only: a repeated answer follows the key and explanation shown the
 * first time.
 */
@ConfigMapping(prefix = "learnpath.recommender.calibration")
public interface CalibrationConfig {

    /**
     * First answers an item needs before it is flagged at all; below, the row says "not enough answers". With 30
     * answers a share correct is known to about ±0.18 (95 %, at half correct) and a correlation to about ±0.36:
     * fewer would flag noise.
     */
    @WithDefault("30")
    @Min(2)
    int minAnswers();

    /** Share correct at or above which an item is TOO_EASY. */
    @WithDefault("0.95")
    @DecimalMin("0") @DecimalMax("1")
    double tooEasy();

    /** Share correct at or below which an item is TOO_HARD (a four-option item is guessed right a quarter of the time). */
    @WithDefault("0.2")
    @DecimalMin("0") @DecimalMax("1")
    double tooHard();

    /** Discrimination below which (and at or above {@link #negativeDiscrimination()}) an item is LOW_DISCRIMINATION. */
    @WithDefault("0.15")
    @DecimalMin("-1") @DecimalMax("1")
    double lowDiscrimination();

    /**
     * Discrimination below which an item is NEGATIVE_DISCRIMINATION: learners who know its skills do worse on it than
     * those who do not. Slightly below zero, so that sampling noise around zero counts as low, not negative.
     */
    @WithDefault("-0.05")
    @DecimalMin("-1") @DecimalMax("1")
    double negativeDiscrimination();

    /**
     * Mastery of the item's skills at or above which an answering learner counts as knowing them, for
     * PROBABLY_MISKEYED. Below the planner's mastery threshold (0.95) on purpose: the report reads the learners'
     * mastery now, which the wrong answers to the very item under suspicion have already pulled down.
     */
    @WithDefault("0.8")
    @DecimalMin("0") @DecimalMax("1")
    double highMastery();

    /** First answers by learners of high mastery an item needs before it can be PROBABLY_MISKEYED. */
    @WithDefault("10")
    @Min(1)
    int minHighMasteryAnswers();

    /**
     * Share correct among learners of high mastery below which (with a negative or undefined discrimination) an item
     * is PROBABLY_MISKEYED: those who know the skills mostly answer it "wrong".
     */
    @WithDefault("0.5")
    @DecimalMin("0") @DecimalMax("1")
    double miskeyedShareCorrect();

    /**
     * How old the computed report may be before a request computes it again. The report reads every stored answer
     * (seconds at millions of answers), and an item's figures move slowly: requests within this time page and filter
     * the last computation. 0 computes it for every request.
     */
    @WithDefault("PT10M")
    Duration refreshAfter();

    ReportPaging paging();
}
