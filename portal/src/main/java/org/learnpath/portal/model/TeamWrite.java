package org.learnpath.portal.model;

import java.util.List;

/**
 * A team as the recommender takes it when it is created or replaced: everything it is to be (members and managers
 * replace what it had). {@code key} is the HR system's id, null for none.
 */
public record TeamWrite(String key, String name, List<TeamMember> members, List<String> managers) {
}
