package org.learnpath.portal.model;

import java.util.List;

/**
 * What counts as right; only the fields of the item's type are set: {@code choice} (single choice), {@code choices}
 * (multiple choice), {@code value} and {@code tolerance} (numeric), {@code accepted} (short text).
 */
public record ItemAnswerKey(String choice, List<String> choices, Double value, Double tolerance,
        List<String> accepted) {
}
