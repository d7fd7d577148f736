package org.learnpath.events.item;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of an item record (schema: {@code schemas/item-event-v1.schema.json}), keyed by the item's id. Either
 * {@code item}: the whole current state of one item that learners may see or have seen, never a diff, so that
 * compaction keeping the last record per key is enough; or {@code deleted}: the item left the bank (deleted, or
 * back to draft) at that version. Deletions are events, never tombstones, so that a stray null value deletes
 * nothing.
 */
public record ItemEvent(int schemaVersion, UUID eventId, Instant occurredAt, ItemState item, Deletion deleted) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/item-event-v1.schema.json";
    public static final String CE_TYPE = "org.learnpath.assessment.item.changed";
    public static final String DELETED_CE_TYPE = "org.learnpath.assessment.item.deleted";

    public enum Status {
        /** Served to learners and recommendable. */
        PUBLISHED,
        /** Kept for the history of past answers; never recommended again. */
        RETIRED
    }

    public ItemEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if ((item == null) == (deleted == null)) {
            throw new IllegalArgumentException("An item event carries either the item or its deletion");
        }
    }

    /** An item's current state. */
    public ItemEvent(int schemaVersion, UUID eventId, Instant occurredAt, ItemState item) {
        this(schemaVersion, eventId, occurredAt, Objects.requireNonNull(item, "item"), null);
    }

    public static ItemEvent deletion(UUID eventId, Instant occurredAt, UUID id, long version) {
        return new ItemEvent(SCHEMA_VERSION, eventId, occurredAt, null, new Deletion(id, version));
    }

    @JsonIgnore // not a field of the contract: derived from which of item and deleted is set
    public boolean isDeletion() {
        return deleted != null;
    }

    /** The item's id, which is the record key. */
    public UUID id() {
        return item != null ? item.id() : deleted.id();
    }

    /** The CloudEvents type of this event. */
    public String ceType() {
        return isDeletion() ? DELETED_CE_TYPE : CE_TYPE;
    }

    /**
     * @param difficulty the author's difficulty on the logit scale (about -2 easy to +2 hard), the prior the
     *                   recommender calibrates from
     * @param guessFloor revision 1.2: P(correct) of a blind pick given the item's format (single choice among k
     *                   options: 1/k; numeric and short text answers: 0), the floor its answer events carry too;
     *                   {@code null} when not known (events before revision 1.2), which consumers read as 0
     */
    public record ItemState(UUID id, long version, List<String> skillCodes, double difficulty, Status status,
            Double guessFloor) {

        /** An item state of revision 1.0 or 1.1, which says nothing of the item's guessing floor. */
        public ItemState(UUID id, long version, List<String> skillCodes, double difficulty, Status status) {
            this(id, version, skillCodes, difficulty, status, null);
        }

        public ItemState {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            skillCodes = List.copyOf(skillCodes);
            if (skillCodes.isEmpty()) {
                throw new IllegalArgumentException("An item measures at least one skill");
            }
            // A format that is always right proves nothing, and the learner model refuses a floor of 1.
            if (guessFloor != null && !(guessFloor >= 0 && guessFloor < 1)) {
                throw new IllegalArgumentException("guessFloor must be within [0, 1), was " + guessFloor);
            }
        }
    }

    /** An item that left the bank, and the last version it had: a consumer drops its copy unless that is newer. */
    public record Deletion(UUID id, long version) {

        public Deletion {
            Objects.requireNonNull(id, "id");
        }
    }
}
