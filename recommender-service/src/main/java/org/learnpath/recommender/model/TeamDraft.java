package org.learnpath.recommender.model;

import java.util.List;

/** What a client asks a team to be: key (null for none), name, members and managers, replacing what it was. */
public record TeamDraft(String key, String name, List<TeamMember> members, List<String> managers) {

    public TeamDraft {
        members = List.copyOf(members);
        managers = List.copyOf(managers);
    }
}
