package org.learnpath.events.item;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of an item record (schema: {@code schemas/item-event-v1.schema.json}): the whole current state of
 * one item that learners may see or have seen, never a diff, so that compaction keeping the last record per key
 * is enough. The key is {@code item.id()}.
 */
public record ItemEvent(int schemaVersion, UUID eventId, Instant occurredAt, ItemState item) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/item-event-v1.schema.json";
    public static final String CE_TYPE = "org.learnpath.assessment.item.changed";

    public enum Status {
        /** Served to learners and recommendable. */
        PUBLISHED,
        /** Kept for the history of past answers; never recommended again. */
        RETIRED
    }

    public ItemEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(item, "item");
    }

    /**
     * @param difficulty the author's difficulty on the logit scale (about -2 easy to +2 hard), the prior the
     *                   recommender calibrates from
     */
    public record ItemState(UUID id, long version, List<String> skillCodes, double difficulty, Status status) {

        public ItemState {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(status, "status");
            skillCodes = List.copyOf(skillCodes);
            if (skillCodes.isEmpty()) {
                throw new IllegalArgumentException("An item measures at least one skill");
            }
        }
    }
}
