package org.learnpath.recommender.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One placement assessment of a learner for a goal.
 *
 * @param finishedAt when it was completed or skipped; null while in progress
 * @param maxItems   the most answers it weighs
 * @param answered   the answers linked to it so far
 * @param nextItemId the item it asks now, as last computed (null: none yet since the last answer linked, or nothing
 *                   left to ask); only an answer to it is linked
 */
public record StoredPlacement(UUID id, String learnerId, String goalSlug, PlacementStatus status, Instant startedAt,
        Instant finishedAt, int maxItems, int answered, String nextItemId) {

    public StoredPlacement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(goalSlug, "goalSlug");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
