package org.learnpath.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learnpath.catalog.service.GoalDraft;

public record GoalRequest(
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) @Size(max = 80) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 80) String> modules) {

    public GoalDraft toDraft() {
        return new GoalDraft(slug, name, description, modules);
    }
}
