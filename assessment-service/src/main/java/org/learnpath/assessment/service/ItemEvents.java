package org.learnpath.assessment.service;

import java.util.UUID;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;

/**
 * Announces the item bank's changes on the item topic (the service's port; messaging implements it on the outbox),
 * in the write's own transaction, so that the item bank and what other services know of it commit or roll back
 * together.
 */
public interface ItemEvents {

    /**
     * Announces an item's state after a write. Drafts are invisible outside this service: a draft that never
     * left that state announces nothing, and one that went back to it disappears from the topic.
     *
     * @param before the status the item had before the write; {@link ItemStatus#DRAFT} for a new item
     */
    void changed(Item item, ItemStatus before);

    /** Announces a published or retired item as it is stored, when replaying the bank. */
    void announce(Item item);

    /** Announces that an item left the bank (deleted, or back to draft) at {@code version}, its last version. */
    void deleted(UUID id, long version);
}
