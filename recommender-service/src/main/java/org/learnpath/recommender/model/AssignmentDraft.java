package org.learnpath.recommender.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a new assignment asks for, as the request gave it (checked by the service). */
public record AssignmentDraft(String goalSlug, UUID teamId, List<String> learnerIds, LocalDate dueDate) {

    public AssignmentDraft {
        learnerIds = learnerIds == null ? List.of() : List.copyOf(learnerIds);
    }
}
