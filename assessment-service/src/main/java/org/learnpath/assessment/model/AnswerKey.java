package org.learnpath.assessment.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What counts as right for an item; only the fields of the item's type are set: {@code choice} (single
 * choice), {@code choices} (multiple choice: exactly these), {@code value} and {@code tolerance}
 * (numeric, absolute), {@code accepted} (short text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerKey(String choice, List<String> choices, Double value, Double tolerance, List<String> accepted)
        implements java.io.Serializable {
}
