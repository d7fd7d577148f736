package org.learnpath.assessment.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learnpath.assessment.model.Response;

/** Exactly one field, matching the item's type: choice, choices, value or text. */
public record ResponseRequest(
        @Pattern(regexp = "^[a-h]$") String choice,
        @Size(max = 8) List<@Pattern(regexp = "^[a-h]$") String> choices,
        Double value,
        @Size(max = 500) String text) {

    Response toResponse() {
        return new Response(choice, choices == null ? null : choices.stream().sorted().toList(), value, text);
    }
}
