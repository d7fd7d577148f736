package org.learnpath.recommender.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team as listed: its members are counted, not listed (a team of an HR system may have thousands). */
public record TeamSummary(UUID id, String key, String name, int memberCount, List<String> managers, long version,
        Instant updatedAt) {

    public TeamSummary {
        managers = List.copyOf(managers);
    }
}
