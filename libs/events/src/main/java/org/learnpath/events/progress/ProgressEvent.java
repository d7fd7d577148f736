package org.learnpath.events.progress;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.learnpath.events.answer.AnswerEvent;

/**
 * A learner completed an assignment: the assigned goal was mastered (schema:
 * {@code schemas/progress-event-v1.schema.json}). Published by the recommender through its outbox, in the
 * transaction that recorded the completion, so a completion is announced exactly when it is stored. The record
 * stays when mastery later decays: the completion is a fact about a moment.
 *
 * @param completedAt when the goal was mastered (the time of the answer that completed it, or the time of the
 *                    assignment when the goal was already mastered)
 */
public record ProgressEvent(int schemaVersion, UUID eventId, Type type, String learnerId, String organization,
        UUID assignmentId, String goalSlug, Instant completedAt, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/progress-event-v1.schema.json";
    public static final String CE_TYPE = "org.learnpath.recommender.assignment.completed";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public enum Type {
        ASSIGNMENT_COMPLETED
    }

    public ProgressEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(assignmentId, "assignmentId");
        Objects.requireNonNull(goalSlug, "goalSlug");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (learnerId.isEmpty() || learnerId.length() > AnswerEvent.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("learnerId must have 1 to " + AnswerEvent.MAX_ID_LENGTH + " characters");
        }
        if (!AnswerEvent.ORGANIZATION.matcher(organization).matches()) {
            throw new IllegalArgumentException("organization must be an organization alias");
        }
        if (!SLUG.matcher(goalSlug).matches()) {
            throw new IllegalArgumentException("goalSlug must be a slug");
        }
    }

    public static ProgressEvent assignmentCompleted(UUID eventId, String learnerId, String organization,
            UUID assignmentId, String goalSlug, Instant completedAt, Instant occurredAt) {
        return new ProgressEvent(SCHEMA_VERSION, eventId, Type.ASSIGNMENT_COMPLETED, learnerId, organization,
                assignmentId, goalSlug, completedAt, occurredAt);
    }
}
