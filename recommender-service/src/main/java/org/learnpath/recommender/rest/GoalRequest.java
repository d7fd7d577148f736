package org.learnpath.recommender.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The goal (catalog goal slug) a learner works towards. */
public record GoalRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a goal slug")
        String goalSlug) {
}
