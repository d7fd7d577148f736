package org.learnpath.recommender.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Start a placement assessment; {@code goalSlug} null (or no body at all): the learner's chosen goal. */
public record PlacementRequest(
        @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a goal slug")
        String goalSlug) {
}
