package org.learnpath.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Answers recorded by an external system, each on behalf of a learner at its original time. */
public record BatchRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull ExternalAnswer> answers) {

    public record ExternalAnswer(
            @NotBlank @Size(max = 255) String learnerId,
            @NotNull UUID itemId,
            @NotNull @Valid ResponseRequest response,
            @NotNull @Min(0) @Max(86_400_000) Long responseTimeMillis,
            @NotNull Instant answeredAt) {
    }
}
