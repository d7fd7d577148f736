package org.learnpath.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A learner's answer to one item of a session. */
public record AnswerRequest(
        @NotNull UUID itemId,
        @NotNull @Valid ResponseRequest response,
        @NotNull @Min(0) @Max(86_400_000) Long responseTimeMillis) {
}
