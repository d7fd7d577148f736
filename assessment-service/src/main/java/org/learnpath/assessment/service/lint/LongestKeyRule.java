package org.learnpath.assessment.service.lint;

import java.util.List;
import java.util.Locale;
import org.learnpath.assessment.model.ItemType;

/**
 * The key is the longest option by a clear margin. Authors qualify a right answer until it is exact and leave the
 * wrong ones short, so "pick the longest" is the oldest test-wise strategy: a learner who knows nothing scores with
 * it. Margin: the key (in multiple choice, every correct option) is at least {@link LintSettings#longestKeyRatio()}
 * times as long, in characters, as the longest distractor.
 */
public final class LongestKeyRule implements ItemRule {

    public static final String ID = "longest-key";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(LintItem item, LintSettings settings) {
        if (item.type() == null || !item.type().hasChoices()) {
            return List.of();
        }
        List<Integer> correct = item.correctIndexes();
        List<Integer> distractors = item.distractorIndexes();
        if (correct.isEmpty() || distractors.isEmpty()) {
            return List.of();
        }
        int shortestCorrect = correct.stream().mapToInt(i -> length(item, i)).min().orElse(0);
        int longestDistractor = distractors.stream().mapToInt(i -> length(item, i)).max().orElse(0);
        // The epsilon keeps a key exactly at the margin (13 characters against 10 at 1.3) from being lost to rounding.
        if (longestDistractor == 0 || shortestCorrect + 1e-9 < settings.longestKeyRatio() * longestDistractor) {
            return List.of();
        }
        String ratio = String.format(Locale.ROOT, "%.1f", (double) shortestCorrect / longestDistractor);
        if (item.type() == ItemType.SINGLE_CHOICE) {
            return List.of(finding(LintItem.textField(correct.get(0)), "The correct option is the longest, " + ratio
                    + " times the longest wrong one (" + shortestCorrect + " against " + longestDistractor
                    + " characters): learners who pick the longest option get it right without knowing why."
                    + " Shorten it, or make the wrong options as specific."));
        }
        return List.of(finding("answer.choices", "Every correct option is longer than every wrong one (at least "
                + ratio + " times the longest wrong one): learners who pick the long options get it right without"
                + " knowing why. Vary the lengths."));
    }

    /** Whether the single-choice item's key is strictly longer than each of its other options. */
    public static boolean keyIsLongest(LintItem item) {
        List<Integer> correct = item.correctIndexes();
        List<Integer> distractors = item.distractorIndexes();
        if (correct.size() != 1 || distractors.isEmpty()) {
            return false;
        }
        int key = length(item, correct.get(0));
        return distractors.stream().allMatch(i -> length(item, i) < key);
    }

    static int length(LintItem item, int index) {
        String text = LintItem.optionText(item.options().get(index));
        return text.codePointCount(0, text.length());
    }
}
