package org.learnpath.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.learnpath.catalog.model.Audience;
import org.learnpath.catalog.service.GoalDraft;

public record GoalRequest(
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) @Size(max = 80) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 80) String> modules,
        @Schema(description = "EVERYONE (the default): a shared goal, written by authors and admins. ORGANIZATION: a "
                + "goal of the caller's organization, seen by its members only, written by its admins and managers. "
                + "Fixed at creation: on replacement, leave it out or send the goal's current audience.")
        Audience audience) {

    public GoalDraft toDraft() {
        return new GoalDraft(slug, name, description, modules, audience);
    }
}
