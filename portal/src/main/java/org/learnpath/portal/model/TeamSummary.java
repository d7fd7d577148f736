package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team as the recommender lists it: members counted, managers by subject; {@code version} is its ETag. */
public record TeamSummary(UUID id, String key, String name, int memberCount, List<String> managers, long version,
        Instant updatedAt) {

    public TeamSummary {
        managers = managers == null ? List.of() : List.copyOf(managers);
    }
}
