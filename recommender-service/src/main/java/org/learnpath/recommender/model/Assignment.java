package org.learnpath.recommender.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A goal assigned within an organization to a team (its members now) and/or named learners.
 *
 * @param teamId         null when the assignment names learners only, or its team was deleted since
 * @param teamName       the team's name now (null without a team)
 * @param learnerIds     the learners named in the assignment, besides the team's members
 * @param dueDate        null for none
 * @param learnerCount   its learners now: the team's members and the named learners, each once
 * @param completedCount those of them who completed it
 */
public record Assignment(UUID id, String organization, String goalSlug, UUID teamId, String teamName,
        List<String> learnerIds, LocalDate dueDate, String createdBy, Instant createdAt, int learnerCount,
        int completedCount) {

    public Assignment {
        learnerIds = List.copyOf(learnerIds);
    }
}
