package org.learnpath.portal.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A team with its members (in learner id order) and managers (subjects); {@code version} is its ETag. */
public record TeamDetails(UUID id, String key, String name, List<TeamMember> members, List<String> managers,
        long version, Instant createdAt, Instant updatedAt) {

    public TeamDetails {
        members = members == null ? List.of() : List.copyOf(members);
        managers = managers == null ? List.of() : List.copyOf(managers);
    }
}
