package org.learnpath.events.path;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A learner's path changed: a different next step, or modules changed status (schema:
 * {@code schemas/path-updated-event-v1.schema.json}). Published by the recommender in the same transaction as
 * the state change that caused it.
 *
 * @param causedBy        the answer event whose application changed the path, or {@code null} when the learner
 *                        chose a goal or the catalog changed
 * @param masteredModules modules of the goal's path mastered now, of {@code totalModules}
 * @param complete        every module of the goal's path mastered
 * @param organization    the learner's organization (revision 1.1), {@code null} when not known
 * @param certified       (revision 1.2) the goal is complete: every module mastered and the goal certified on the
 *                        answers; {@code null} in events of earlier revisions
 */
public record PathUpdatedEvent(int schemaVersion, UUID eventId, String learnerId, String goalSlug,
        Instant occurredAt, UUID causedBy, Step nextStep, int masteredModules, int totalModules, boolean complete,
        String organization, Boolean certified) {

    /** An event of revision 1.1, which says nothing of certification. */
    public PathUpdatedEvent(int schemaVersion, UUID eventId, String learnerId, String goalSlug, Instant occurredAt,
            UUID causedBy, Step nextStep, int masteredModules, int totalModules, boolean complete,
            String organization) {
        this(schemaVersion, eventId, learnerId, goalSlug, occurredAt, causedBy, nextStep, masteredModules,
                totalModules, complete, organization, null);
    }

    /** An event of revision 1.0, which names no organization. */
    public PathUpdatedEvent(int schemaVersion, UUID eventId, String learnerId, String goalSlug, Instant occurredAt,
            UUID causedBy, Step nextStep, int masteredModules, int totalModules, boolean complete) {
        this(schemaVersion, eventId, learnerId, goalSlug, occurredAt, causedBy, nextStep, masteredModules,
                totalModules, complete, null);
    }

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/path-updated-event-v1.schema.json";
    public static final String CE_TYPE = "org.learnpath.recommender.path.updated";

    public PathUpdatedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(goalSlug, "goalSlug");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(nextStep, "nextStep");
        if (masteredModules < 0 || masteredModules > totalModules) {
            throw new IllegalArgumentException("0 <= masteredModules <= totalModules");
        }
    }

    /**
     * @param kind       STUDY, REVIEW, CERTIFY (revision 1.2) or GOAL_COMPLETE
     * @param reasonKind the structured reason, e.g. PREREQUISITE_DECAYED
     * @param sentence   the reason in one plain sentence for the learner
     */
    public record Step(String kind, String moduleSlug, String skillCode, String reasonKind, String sentence) {

        public Step {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reasonKind, "reasonKind");
            Objects.requireNonNull(sentence, "sentence");
        }
    }
}
