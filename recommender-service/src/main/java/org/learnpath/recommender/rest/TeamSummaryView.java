package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnpath.recommender.model.TeamSummary;

/** A team as listed: its members counted (GET /api/teams/{id} lists them). */
public record TeamSummaryView(UUID id, String key, String name, int memberCount, List<String> managers, long version,
        Instant updatedAt) {

    static TeamSummaryView of(TeamSummary team) {
        return new TeamSummaryView(team.id(), team.key(), team.name(), team.memberCount(), team.managers(),
                team.version(), team.updatedAt());
    }
}
