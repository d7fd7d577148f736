package org.learnpath.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.catalog.service.CatalogEvents;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.outbox.Outbox;

/**
 * Announces catalog changes on the catalog topic, through the outbox: callers are inside the transaction of the
 * change itself, so the change and its announcement commit or roll back together.
 */
@ApplicationScoped
public class CatalogOutboxWriter implements CatalogEvents {

    private final Outbox outbox;

    public CatalogOutboxWriter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void skillChanged(Skill s) {
        publish(CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.SkillState(s.code, s.name, s.description, s.area.name(), s.version)));
    }

    @Override
    public void moduleChanged(Module m) {
        publish(CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.ModuleState(m.slug, m.title, m.summary, m.area.name(), m.level.name(),
                        m.estimatedMinutes, m.skillCodes(), m.prerequisiteSlugs(), m.version)));
    }

    @Override
    public void goalChanged(Goal g) {
        publish(CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.GoalState(g.slug, g.name, g.description, g.moduleSlugs(), g.version, g.organization)));
    }

    /** Announces a deletion as an event with the entity's last version, never as a tombstone (see CatalogEvent). */
    @Override
    public void skillDeleted(Skill s) {
        publish(CatalogEvent.skillDeleted(UUID.randomUUID(), Instant.now(), s.code, s.version));
    }

    @Override
    public void moduleDeleted(Module m) {
        publish(CatalogEvent.moduleDeleted(UUID.randomUUID(), Instant.now(), m.slug, m.version));
    }

    @Override
    public void goalDeleted(Goal g) {
        publish(CatalogEvent.goalDeleted(UUID.randomUUID(), Instant.now(), g.slug, g.version));
    }

    private void publish(CatalogEvent event) {
        outbox.publish(CatalogTopic.NAME, event.key(), event.type().ceType(), EventJson.write(event), event.eventId(),
                event.occurredAt());
    }
}
