package org.learnpath.recommender.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.learnpath.recommender.model.AssignmentDraft;

/**
 * A goal to assign: to a team (its members, now and later), to named learners, or both; optionally due on a date
 * (ISO, e.g. 2026-03-31).
 */
public record AssignmentRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a goal slug")
        String goal,
        UUID teamId,
        @Size(max = 1000) List<@NotBlank @Size(max = 255) String> learnerIds,
        LocalDate dueDate) {

    AssignmentDraft toDraft() {
        return new AssignmentDraft(goal, teamId, learnerIds, dueDate);
    }
}
