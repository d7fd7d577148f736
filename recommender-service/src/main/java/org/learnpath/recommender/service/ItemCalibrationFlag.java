package org.learnpath.recommender.service;

/**
 * What the item calibration report suspects of an item, the most serious first: the report lists flagged items in
 * this order, so that authors meet an item that misleads learners before one that merely tells little.
 */
public enum ItemCalibrationFlag {
    /** Learners who know the item's skills mostly answer it "wrong", and worse than those who do not: check the key. */
    PROBABLY_MISKEYED,
    /** Learners who know the item's skills do worse on it than those who do not. */
    NEGATIVE_DISCRIMINATION,
    /** Nearly everyone answers it wrong. */
    TOO_HARD,
    /** Knowing the skills barely changes the chance of answering it right: it measures little. */
    LOW_DISCRIMINATION,
    /** Nearly everyone answers it right. */
    TOO_EASY
}
