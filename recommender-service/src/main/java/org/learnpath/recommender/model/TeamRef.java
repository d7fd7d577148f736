package org.learnpath.recommender.model;

import java.util.UUID;

/**
 * A team as other features name it (assignments, reports): its identity, organization, HR key (null when it has
 * none), name and version, without its members and managers.
 */
public record TeamRef(UUID id, String organization, String key, String name, long version) {
}
