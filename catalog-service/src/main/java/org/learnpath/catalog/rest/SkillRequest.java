package org.learnpath.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.service.SkillDraft;

/** A skill to create (code required) or replace (code optional, must match the path). */
public record SkillRequest(
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String description,
        @NotNull Area area) {

    public SkillDraft toDraft() {
        return new SkillDraft(code, name, description, area);
    }
}
