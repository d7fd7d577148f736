package org.learnpath.assessment.service.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The linter's thresholds. Plain values so that the rules stay plain Java; the service fills them from
 * configuration ({@code learnpath.assessment.lint.*}), tests from {@link #defaults()}.
 *
 * @param longestKeyRatio an item's key counts as "longest by a clear margin" when it is at least this many times as
 *        long (in characters) as the longest distractor
 * @param longestKeyMargin how far above chance (1/k for k options) the share of items whose key is the longest
 *        option may go, per skill and overall (0.10 = 10 percentage points)
 * @param absoluteWords words that make a statement absolute ("specific determiners"), matched as whole words
 * @param minAcceptedForms fewest accepted answers a short-text item should list
 * @param maxSharedCorrectCount largest share of multiple-choice items that may have the same number of correct options
 * @param stemSimilarity two stems at least this similar (Jaccard index of their content words) are near-duplicates
 * @param stemMinWords stems with fewer content words are not compared (too short to be told apart by words)
 * @param optionSimilarity two options of different items at least this similar are near-duplicates
 * @param optionMinWords options with fewer content words are not compared
 * @param minGroupItems fewest items a skill needs before a share rule (longest key, absolute words, correct counts)
 *        judges it: below that, its figures are shown but not judged
 * @param difficultyCuts the difficulty values (logits, ascending) that separate the report's difficulty bands
 */
public record LintSettings(double longestKeyRatio, double longestKeyMargin, Set<String> absoluteWords,
        int minAcceptedForms, double maxSharedCorrectCount, double stemSimilarity, int stemMinWords,
        double optionSimilarity, int optionMinWords, int minGroupItems, List<Double> difficultyCuts) {

    /**
     * Absolute words by default: the specific determiners that item-writing guidelines warn about (always, never,
     * completely, absolutely; Haladyna, Downing and Rodriguez 2002), their kin (guaranteed, cannot, impossible,
     * entirely, certainly) and "must", which the seeded bank uses almost three times as often in distractors as in
     * keys. "all", "only", "none", "every" and "no" are left out: in technical options they are ordinary quantifiers
     * ("fit on the training data only", "None" as a Python value) and in the seeded bank they are about as frequent
     * in keys as in distractors, so counting them would add noise, not a cue.
     */
    public static final List<String> DEFAULT_ABSOLUTE_WORDS = List.of("always", "never", "guaranteed", "guarantee",
            "guarantees", "cannot", "can't", "impossible", "must", "completely", "absolutely", "entirely", "certainly");

    public LintSettings {
        absoluteWords = absoluteWords.stream().map(w -> w.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .filter(w -> !w.isEmpty()).collect(Collectors.toUnmodifiableSet());
        difficultyCuts = difficultyCuts.stream().sorted().toList();
        if (longestKeyRatio < 1 || stemSimilarity <= 0 || stemSimilarity > 1 || optionSimilarity <= 0
                || optionSimilarity > 1 || maxSharedCorrectCount <= 0 || maxSharedCorrectCount > 1) {
            throw new IllegalArgumentException("lint thresholds out of range: " + longestKeyRatio + ", "
                    + stemSimilarity + ", " + optionSimilarity + ", " + maxSharedCorrectCount);
        }
    }

    public static LintSettings defaults() {
        return new LintSettings(1.3, 0.10, Set.copyOf(DEFAULT_ABSOLUTE_WORDS), 2, 0.5, 0.6, 4, 0.6, 3, 4,
                List.of(-1.0, 0.0, 1.0));
    }

    public LintSettings withAbsoluteWords(Set<String> words) {
        return new LintSettings(longestKeyRatio, longestKeyMargin, words, minAcceptedForms, maxSharedCorrectCount,
                stemSimilarity, stemMinWords, optionSimilarity, optionMinWords, minGroupItems, difficultyCuts);
    }
}
