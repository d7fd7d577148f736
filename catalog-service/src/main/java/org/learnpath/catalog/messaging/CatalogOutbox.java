package org.learnpath.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.Skill;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogEventType;
import org.learnpath.events.catalog.CatalogTopic;
import org.learnpath.outbox.Outbox;

/**
 * Announces catalog changes on the catalog topic. Callers are inside the transaction of the change itself,
 * so the change and its announcement commit or roll back together.
 */
@ApplicationScoped
public class CatalogOutbox {

    private final Outbox outbox;

    public CatalogOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    public void skillChanged(Skill s) {
        publish(CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.SkillState(s.code, s.name, s.description, s.area.name(), s.version)));
    }

    public void moduleChanged(Module m) {
        publish(CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.ModuleState(m.slug, m.title, m.summary, m.area.name(), m.level.name(),
                        m.estimatedMinutes, m.skillCodes(), m.prerequisiteSlugs(), m.version)));
    }

    public void goalChanged(Goal g) {
        publish(CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.GoalState(g.slug, g.name, g.description, g.moduleSlugs(), g.version)));
    }

    public void skillDeleted(String code) {
        tombstone(CatalogTopic.skillKey(code), CatalogEventType.SKILL_DELETED);
    }

    public void moduleDeleted(String slug) {
        tombstone(CatalogTopic.moduleKey(slug), CatalogEventType.MODULE_DELETED);
    }

    public void goalDeleted(String slug) {
        tombstone(CatalogTopic.goalKey(slug), CatalogEventType.GOAL_DELETED);
    }

    private void publish(CatalogEvent event) {
        outbox.publish(CatalogTopic.NAME, event.key(), event.type().ceType(), EventJson.write(event), event.eventId(),
                event.occurredAt());
    }

    private void tombstone(String key, CatalogEventType type) {
        outbox.publish(CatalogTopic.NAME, key, type.ceType(), null, UUID.randomUUID(), Instant.now());
    }
}
