package org.learnpath.assessment.service.lint;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the bank rules measure on one scope: the whole bank ({@code scope} "overall") or one skill (its code).
 *
 * @param byType items per item type
 * @param byDifficulty items per difficulty band (see {@link LintSettings#difficultyCuts()}), every band listed
 * @param itemWarnings items with at least one finding of each item rule, by rule id
 * @param nearDuplicateCounts how many pairs {@code nearDuplicates} has, of each kind
 * @param nearDuplicates pairs with at least one item in the scope (empty in a summary: see {@link #summary()})
 */
public record BankFigures(String scope, int items, Map<String, Integer> byType, Map<String, Integer> byDifficulty,
        LongestKey longestKey, AbsoluteWords absoluteWords, CorrectCounts correctCounts, ShortText shortText,
        PairCounts nearDuplicateCounts, List<NearDuplicate> nearDuplicates, Map<String, Integer> itemWarnings,
        List<BankCheck> checks) {

    /** Whether every judged bank rule passes on this scope. */
    public boolean passes() {
        return checks.stream().allMatch(BankCheck::passes);
    }

    /**
     * The same figures without the list of near-duplicate pairs (their counts stay): the number of pairs can grow
     * with the square of the bank, a summary's size should not.
     */
    public BankFigures summary() {
        return new BankFigures(scope, items, byType, byDifficulty, longestKey, absoluteWords, correctCounts, shortText,
                nearDuplicateCounts, List.of(), itemWarnings, checks);
    }

    /** Near-duplicate pairs: of stems, of options, and (of either) across skills. */
    public record PairCounts(long stems, long options, long crossSkill) {
    }

    /**
     * Single-choice items whose key is strictly longer than each other option.
     *
     * @param chanceShare the share expected if the key's position among the lengths were random: the mean of 1/k
     *        over the items (k = the item's number of options)
     * @param limit chanceShare plus the allowed margin
     */
    public record LongestKey(int items, int keyLongest, double share, double chanceShare, double limit) {
    }

    /** Options (of choice items) that use an absolute word: correct ones and wrong ones, and the rate of each. */
    public record AbsoluteWords(int keys, int keysWithWord, double keyRate, int distractors, int distractorsWithWord,
            double distractorRate) {
    }

    /**
     * Multiple-choice items by their number of correct options.
     *
     * @param distribution items per number of correct options
     * @param modalShare the share of the most common number
     */
    public record CorrectCounts(int items, SortedMap<Integer, Integer> distribution, double modalShare,
            double limit) {
    }

    /** Short-text items and those that accept fewer forms than {@link LintSettings#minAcceptedForms()}. */
    public record ShortText(int items, List<String> tooFewForms) {
    }
}
