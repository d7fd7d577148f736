package org.learnpath.assessment.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learnpath.assessment.model.SessionKind;

/**
 * Start a session on a module (target = module slug), a skill (target = skill code), practice, or a goal's placement
 * assessment (target = goal slug, at most {@link SessionKind#PLACEMENT_MAX_ITEMS} items).
 */
public record SessionRequest(
        @NotNull SessionKind kind,
        @Size(max = 80) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") String target,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> skills,
        @Min(1) @Max(50) Integer items) {
}
