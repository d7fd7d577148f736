package org.learnpath.assessment.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learnpath.assessment.model.ItemType;
import org.learnpath.assessment.service.ItemDraft;

/** An item as authors write it. Type-specific consistency (choices, answer key) is checked by the service. */
public record ItemRequest(
        @NotBlank @Size(min = 10, max = 4000) String stem,
        @NotNull ItemType type,
        @Size(min = 2, max = 8) List<@Valid @NotNull ChoiceRequest> choices,
        @NotNull @Valid AnswerKeyRequest answer,
        @NotBlank @Size(min = 20, max = 4000) String explanation,
        @NotNull @DecimalMin("-4") @DecimalMax("4") Double difficulty,
        @NotEmpty @Size(max = 5) List<@NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 64) String> skills) {

    public record ChoiceRequest(@NotBlank @Pattern(regexp = "^[a-h]$") String key, @NotBlank @Size(max = 1000) String text) {
    }

    public record AnswerKeyRequest(
            @Pattern(regexp = "^[a-h]$") String choice,
            @Size(min = 1, max = 8) List<@NotBlank @Pattern(regexp = "^[a-h]$") String> choices,
            Double value,
            @DecimalMin("0") Double tolerance,
            @Size(min = 1, max = 20) List<@NotBlank @Size(max = 200) String> accepted) {
    }

    public ItemDraft toDraft() {
        return new ItemDraft(stem, type,
                choices == null ? null : choices.stream().map(c -> new ItemDraft.ChoiceDraft(c.key(), c.text())).toList(),
                new ItemDraft.AnswerKeyDraft(answer.choice(), answer.choices(), answer.value(), answer.tolerance(),
                        answer.accepted()),
                explanation, difficulty, skills);
    }
}
