package org.learnpath.recommender.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.learnpath.recommender.model.TeamRef;
import org.learnpath.recommender.repository.TeamDirectoryRepository;

/**
 * What other features (assignments, a manager's access to learners, reports) need to know about teams, read only.
 * Learner and manager ids are Keycloak subjects, unique across the realm, so the questions about them need no
 * organization; a team is found only within its organization (another organization's team is as unknown as one that
 * does not exist).
 */
@ApplicationScoped
public class TeamDirectory {

    private final TeamDirectoryRepository repository;

    public TeamDirectory(TeamDirectoryRepository repository) {
        this.repository = repository;
    }

    /** The team, if it exists in {@code organization}. */
    public Optional<TeamRef> find(String organization, UUID teamId) {
        return repository.find(organization, teamId);
    }

    /** The team's members (learner ids) now, in id order. */
    public List<String> members(UUID teamId) {
        return repository.members(teamId);
    }

    public boolean manages(String managerId, UUID teamId) {
        return repository.manages(managerId, teamId);
    }

    public Set<UUID> teamsManagedBy(String managerId) {
        return repository.teamsManagedBy(managerId);
    }

    /** Whether the learner is a member of a team the manager manages (in any organization: see the overload). */
    public boolean isMemberOfTeamManagedBy(String learnerId, String managerId) {
        return repository.isMemberOfTeamManagedBy(learnerId, managerId, null);
    }

    /** Whether the learner is a member of a team of {@code organization} that the manager manages. */
    public boolean isMemberOfTeamManagedBy(String learnerId, String managerId, String organization) {
        return repository.isMemberOfTeamManagedBy(learnerId, managerId, organization);
    }

    /** The teams the learner is a member of. */
    public Set<UUID> teamsOf(String learnerId) {
        return repository.teamsOf(learnerId);
    }

    /** The names the HR system gave these learners in the organization's teams, where it gave one. */
    public Map<String, String> displayNames(String organization, Collection<String> learnerIds) {
        return repository.displayNames(organization, learnerIds);
    }
}
