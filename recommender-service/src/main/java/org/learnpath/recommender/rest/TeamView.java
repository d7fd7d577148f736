package org.learnpath.recommender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.learnpath.recommender.model.Team;

/** A team with its members (in learner id order) and managers; {@code version} is also its ETag. */
public record TeamView(UUID id, String key, String name, List<MemberView> members, List<String> managers,
        long version, Instant createdAt, Instant updatedAt) {

    public record MemberView(String learnerId, String name) {
    }

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.key(), team.name(),
                team.members().stream().map(m -> new MemberView(m.learnerId(), m.displayName())).toList(),
                team.managers(), team.version(), team.createdAt(), team.updatedAt());
    }
}
