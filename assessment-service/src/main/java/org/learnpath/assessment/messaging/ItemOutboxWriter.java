package org.learnpath.assessment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.learnpath.assessment.model.Item;
import org.learnpath.assessment.model.ItemStatus;
import org.learnpath.assessment.service.GuessFloor;
import org.learnpath.assessment.service.ItemEvents;
import org.learnpath.events.EventJson;
import org.learnpath.events.item.ItemEvent;
import org.learnpath.events.item.ItemTopic;
import org.learnpath.outbox.Outbox;

/**
 * Queues the item-topic record of an item write, in the write's own transaction, so that the item bank and
 * what other services know of it commit or roll back together.
 */
@ApplicationScoped
public class ItemOutboxWriter implements ItemEvents {

    private final Outbox outbox;

    public ItemOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * Announces an item's state after a write. Drafts are invisible outside this service: a draft that never
     * left that state announces nothing, and one that went back to it disappears from the topic.
     *
     * @param before the status the item had before the write; {@link ItemStatus#DRAFT} for a new item
     */
    @Override
    public void changed(Item item, ItemStatus before) {
        switch (item.status) {
            case PUBLISHED, RETIRED -> {
                // The version consumers compare is the one this transaction commits: flushing applies any
                // pending increment (edits, status or skill changes) before it is read.
                Item.flush();
                announce(item);
            }
            case DRAFT -> {
                if (before != ItemStatus.DRAFT) {
                    Item.flush();
                    deleted(item.id, item.version);
                }
            }
        }
    }

    /**
     * Announces a published or retired item as it is stored, when replaying the bank. Items changed in the
     * current transaction go through {@link #changed}, which flushes first so that the version is not stale.
     */
    @Override
    public void announce(Item item) {
        if (item.status == ItemStatus.DRAFT) {
            throw new IllegalArgumentException("Draft item " + item.id + " is never announced");
        }
        ItemEvent event = new ItemEvent(ItemEvent.SCHEMA_VERSION, UUID.randomUUID(), Instant.now(),
                new ItemEvent.ItemState(item.id, item.version, item.sortedSkillCodes(), item.difficulty,
                        ItemEvent.Status.valueOf(item.status.name()), GuessFloor.of(item)));
        outbox.publish(ItemTopic.NAME, key(item.id), ItemEvent.CE_TYPE, EventJson.write(event), event.eventId(),
                event.occurredAt());
    }

    /**
     * Announces that an item left the bank (deleted, or back to draft) at {@code version}, its last version: an event,
     * never a tombstone, so that consumers can tell it from a stray null record and ignore those.
     */
    @Override
    public void deleted(UUID id, long version) {
        ItemEvent event = ItemEvent.deletion(UUID.randomUUID(), Instant.now(), id, version);
        outbox.publish(ItemTopic.NAME, key(id), event.ceType(), EventJson.write(event), event.eventId(),
                event.occurredAt());
    }

    private static String key(UUID id) {
        return id.toString();
    }
}
