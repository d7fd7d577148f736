package org.learnpath.portal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of "assign a goal": to a team, to named learners, or both; {@code dueDate} null for none. */
public record AssignmentWrite(String goal, UUID teamId, List<String> learnerIds, LocalDate dueDate) {
}
