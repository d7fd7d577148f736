package org.learnpath.assessment.service;

import java.util.List;
import org.learnpath.assessment.model.Choice;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemType;

/**
 * The guessing floor of an item: the probability that a learner who does not know the skill answers it right by a
 * blind pick, given its format as {@link Grader} grades it. The item and answer events carry it so that the learner
 * model never lets one lucky pick prove more than it can (issue 26): a right answer among four options is right a
 * quarter of the time by chance, however hard the item.
 *
 * <ul>
 *   <li>single choice among k options: 1/k;</li>
 *   <li>multiple choice with k options: 1/(2^k - 1), a blind pick among the non-empty selections. Only the exact set
 *       is correct, answer keys are never empty and the player asks for at least one choice, so the empty
 *       selection, which the API would grade, is never right and no blind picker makes it;</li>
 *   <li>numeric and short text answers: 0. A tolerance or a few accepted spellings leave an answer typed blind next
 *       to no chance.</li>
 * </ul>
 */
public final class GuessFloor {

    private GuessFloor() {
    }

    /** The floor of a stored item; see {@link #of(ItemType, List)}. */
    public static Double of(Item item) {
        return of(item.type, item.choices);
    }

    /** The floor of an item as graded; see {@link #of(ItemType, List)}. */
    public static Double of(GradedItem item) {
        return of(item.type(), item.choices());
    }

    /**
     * The floor of an item of this type and options, within [0, 1); null (unknown, which consumers read as no
     * floor) for a choice item with fewer than two options, which the item API refuses and the linter reports: its
     * floor would be 1, which no answer event may carry.
     */
    public static Double of(ItemType type, List<Choice> choices) {
        return switch (type) {
            case SINGLE_CHOICE -> hasOptions(choices) ? 1.0 / choices.size() : null;
            case MULTIPLE_CHOICE -> hasOptions(choices) ? 1.0 / ((1L << choices.size()) - 1) : null;
            case NUMERIC, SHORT_TEXT -> 0.0;
        };
    }

    private static boolean hasOptions(List<Choice> choices) {
        // At most 8 options through the API; beyond 62 the shift above would overflow.
        return choices != null && choices.size() >= 2 && choices.size() <= 62;
    }
}
