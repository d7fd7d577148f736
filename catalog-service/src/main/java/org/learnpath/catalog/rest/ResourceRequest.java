package org.learnpath.catalog.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.learnpath.catalog.model.ResourceKind;

public record ResourceRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "^https?://\\S+$", message = "must be an http(s) URL") String url,
        @NotNull ResourceKind kind) {
}
