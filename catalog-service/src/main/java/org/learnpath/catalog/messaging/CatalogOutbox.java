package org.learnpath.catalog.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.learnpath.catalog.model.Goal;
import org.learnpath.catalog.model.Module;
import org.learnpath.catalog.model.OutboxEvent;
import org.learnpath.catalog.model.Skill;
import org.learnpath.events.EventJson;
import org.learnpath.events.catalog.CatalogEvent;
import org.learnpath.events.catalog.CatalogEventType;
import org.learnpath.events.catalog.CatalogTopic;

/**
 * Records catalog events in the outbox table. Callers are inside the transaction of the change itself,
 * so the change and its announcement commit or roll back together; {@link OutboxRelay} publishes later.
 */
@ApplicationScoped
public class CatalogOutbox {

    public void skillChanged(Skill s) {
        record(CatalogEvent.skillUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.SkillState(s.code, s.name, s.description, s.area.name(), s.version)));
    }

    public void moduleChanged(Module m) {
        record(CatalogEvent.moduleUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.ModuleState(m.slug, m.title, m.summary, m.area.name(), m.level.name(),
                        m.estimatedMinutes, m.skillCodes(), m.prerequisiteSlugs(), m.version)));
    }

    public void goalChanged(Goal g) {
        record(CatalogEvent.goalUpserted(UUID.randomUUID(), Instant.now(),
                new CatalogEvent.GoalState(g.slug, g.name, g.description, g.moduleSlugs(), g.version)));
    }

    public void skillDeleted(String code) {
        tombstone("skill", CatalogTopic.skillKey(code), CatalogEventType.SKILL_DELETED);
    }

    public void moduleDeleted(String slug) {
        tombstone("module", CatalogTopic.moduleKey(slug), CatalogEventType.MODULE_DELETED);
    }

    public void goalDeleted(String slug) {
        tombstone("goal", CatalogTopic.goalKey(slug), CatalogEventType.GOAL_DELETED);
    }

    private void record(CatalogEvent event) {
        OutboxEvent row = row(event.eventId(), aggregateOf(event.type()), event.key(), event.type(), event.occurredAt());
        row.payload = EventJson.write(event);
        row.persist();
    }

    private void tombstone(String aggregate, String key, CatalogEventType type) {
        row(UUID.randomUUID(), aggregate, key, type, Instant.now()).persist();
    }

    private static OutboxEvent row(UUID eventId, String aggregate, String key, CatalogEventType type, Instant at) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.aggregate = aggregate;
        row.aggregateKey = key;
        row.eventType = type.name();
        row.occurredAt = at;
        return row;
    }

    private static String aggregateOf(CatalogEventType type) {
        return switch (type) {
            case SKILL_UPSERTED, SKILL_DELETED -> "skill";
            case MODULE_UPSERTED, MODULE_DELETED -> "module";
            case GOAL_UPSERTED, GOAL_DELETED -> "goal";
        };
    }
}
