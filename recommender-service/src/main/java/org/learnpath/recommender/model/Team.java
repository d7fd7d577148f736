package org.learnpath.recommender.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A team of an organization: its members (in learner id order), its managers (Keycloak subjects, in id order) and its
 * version, which every change of name, key, members or managers increases by one.
 */
public record Team(UUID id, String organization, String key, String name, List<TeamMember> members,
        List<String> managers, long version, Instant createdAt, Instant updatedAt) {

    public Team {
        members = List.copyOf(members);
        managers = List.copyOf(managers);
    }

    public TeamRef ref() {
        return new TeamRef(id, organization, key, name, version);
    }
}
