package org.learnpath.events.item;

/**
 * The item bank as seen by other services: compacted, keyed by item id, the latest record being the item's
 * current assessable state or its deletion event ({@link ItemEvent#DELETED_CE_TYPE}); null values (tombstones) are
 * never written and consumers ignore them. Drafts are never published. The
 * recommender reads it from the beginning to know which items exist per skill, so choosing the next item needs
 * no call to the assessment service.
 */
public final class ItemTopic {

    public static final String NAME = "learnpath.items.v1";

    private ItemTopic() {
    }
}
