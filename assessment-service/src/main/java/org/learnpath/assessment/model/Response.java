package org.learnpath.assessment.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A learner's response; only the field of the item's type is set. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Response(String choice, List<String> choices, Double value, String text) {
}
