package org.learnpath.events.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of a catalog record (schema: {@code schemas/catalog-event-v1.schema.json}). Exactly one of
 * {@code skill}, {@code module} and {@code goal} is set, matching {@code type}. Each carries the entity's
 * whole current state rather than a diff, so that compaction keeping only the last record per key is
 * enough to rebuild the catalog. Deletions are tombstones and have no value at all.
 */
public record CatalogEvent(
        int schemaVersion,
        UUID eventId,
        CatalogEventType type,
        Instant occurredAt,
        SkillState skill,
        ModuleState module,
        GoalState goal) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/catalog-event-v1.schema.json";

    public CatalogEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (type.isDeletion()) {
            throw new IllegalArgumentException("Deletions are published as tombstones, not as events");
        }
    }

    public static CatalogEvent skillUpserted(UUID eventId, Instant at, SkillState skill) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, CatalogEventType.SKILL_UPSERTED, at, skill, null, null);
    }

    public static CatalogEvent moduleUpserted(UUID eventId, Instant at, ModuleState module) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, CatalogEventType.MODULE_UPSERTED, at, null, module, null);
    }

    public static CatalogEvent goalUpserted(UUID eventId, Instant at, GoalState goal) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, CatalogEventType.GOAL_UPSERTED, at, null, null, goal);
    }

    /** The record key: entity kind and its stable identifier. */
    public String key() {
        return switch (type) {
            case SKILL_UPSERTED -> CatalogTopic.skillKey(skill.code());
            case MODULE_UPSERTED -> CatalogTopic.moduleKey(module.slug());
            case GOAL_UPSERTED -> CatalogTopic.goalKey(goal.slug());
            default -> throw new IllegalStateException("No key for " + type);
        };
    }

    public record SkillState(String code, String name, String description, String area, long version) {
    }

    public record ModuleState(
            String slug,
            String title,
            String summary,
            String area,
            String level,
            int estimatedMinutes,
            List<String> skills,
            List<String> prerequisites,
            long version) {
    }

    public record GoalState(String slug, String name, String description, List<String> modules, long version) {
    }
}
