package org.learnpath.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.learnpath.catalog.model.Area;
import org.learnpath.catalog.model.Level;
import org.learnpath.catalog.service.ModuleDraft;

/**
 * A whole module, for creation (slug required) or full replacement (slug optional, must match the path).
 * Skills and prerequisites are given by code and slug.
 */
public record ModuleRequest(
        @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) @Size(max = 80) String slug,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull Area area,
        @NotNull Level level,
        @NotNull @Min(5) @Max(6000) Integer estimatedMinutes,
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> outcomes,
        @Size(max = 20) List<@Valid @NotNull ResourceRequest> resources,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> skills,
        @Size(max = 50) List<@NotBlank @Size(max = 80) String> prerequisites) {

    public ModuleRequest {
        outcomes = outcomes == null ? List.of() : outcomes;
        resources = resources == null ? List.of() : resources;
        prerequisites = prerequisites == null ? List.of() : prerequisites;
    }

    public ModuleDraft toDraft() {
        return new ModuleDraft(slug, title, summary, area, level, estimatedMinutes, outcomes,
                resources.stream().map(r -> new ModuleDraft.Resource(r.title(), r.url(), r.kind())).toList(), skills,
                prerequisites);
    }
}
