package org.learnpath.events.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The value of a catalog record (schema: {@code schemas/catalog-event-v1.schema.json}). An upsert carries exactly
 * one of {@code skill}, {@code module} and {@code goal}, matching {@code type}, with the entity's whole current
 * state rather than a diff, so that compaction keeping only the last record per key is enough to rebuild the
 * catalog. A deletion carries only {@code deleted}: the record key and the entity's last version.
 * <p>
 * Deletions are events, never tombstones: a null value is not a catalog record at all, so a stray one (from
 * whoever can write to the topic) deletes nothing, and compaction cannot drop a deletion in favour of a null
 * value a lagging replica would have to ignore.
 */
public record CatalogEvent(
        int schemaVersion,
        UUID eventId,
        CatalogEventType type,
        Instant occurredAt,
        SkillState skill,
        ModuleState module,
        GoalState goal,
        Deletion deleted) {

    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "/schemas/catalog-event-v1.schema.json";

    public CatalogEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Object payload = switch (type) {
            case SKILL_UPSERTED -> skill;
            case MODULE_UPSERTED -> module;
            case GOAL_UPSERTED -> goal;
            case SKILL_DELETED, MODULE_DELETED, GOAL_DELETED -> deleted;
        };
        int present = (skill == null ? 0 : 1) + (module == null ? 0 : 1) + (goal == null ? 0 : 1)
                + (deleted == null ? 0 : 1);
        if (payload == null || present != 1) {
            throw new IllegalArgumentException(type + " carries exactly its own payload");
        }
        if (deleted != null && !deleted.key().startsWith(type.keyPrefix())) {
            throw new IllegalArgumentException(type + " cannot delete " + deleted.key());
        }
    }

    public static CatalogEvent skillUpserted(UUID eventId, Instant at, SkillState skill) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, CatalogEventType.SKILL_UPSERTED, at, skill, null, null, null);
    }

    public static CatalogEvent moduleUpserted(UUID eventId, Instant at, ModuleState module) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, CatalogEventType.MODULE_UPSERTED, at, null, module, null, null);
    }

    public static CatalogEvent goalUpserted(UUID eventId, Instant at, GoalState goal) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, CatalogEventType.GOAL_UPSERTED, at, null, null, goal, null);
    }

    public static CatalogEvent skillDeleted(UUID eventId, Instant at, String code, long version) {
        return deletion(eventId, at, CatalogEventType.SKILL_DELETED, CatalogTopic.skillKey(code), version);
    }

    public static CatalogEvent moduleDeleted(UUID eventId, Instant at, String slug, long version) {
        return deletion(eventId, at, CatalogEventType.MODULE_DELETED, CatalogTopic.moduleKey(slug), version);
    }

    public static CatalogEvent goalDeleted(UUID eventId, Instant at, String slug, long version) {
        return deletion(eventId, at, CatalogEventType.GOAL_DELETED, CatalogTopic.goalKey(slug), version);
    }

    private static CatalogEvent deletion(UUID eventId, Instant at, CatalogEventType type, String key, long version) {
        return new CatalogEvent(SCHEMA_VERSION, eventId, type, at, null, null, null, new Deletion(key, version));
    }

    /** The record key: entity kind and its stable identifier. */
    public String key() {
        return switch (type) {
            case SKILL_UPSERTED -> CatalogTopic.skillKey(skill.code());
            case MODULE_UPSERTED -> CatalogTopic.moduleKey(module.slug());
            case GOAL_UPSERTED -> CatalogTopic.goalKey(goal.slug());
            case SKILL_DELETED, MODULE_DELETED, GOAL_DELETED -> deleted.key();
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

    /**
     * @param organization revision 1.2: the alias of the organization whose own goal this is, seen by its members
     *                     only; {@code null} for a goal everyone sees (and in every event before revision 1.2)
     */
    public record GoalState(String slug, String name, String description, List<String> modules, long version,
            String organization) {

        /** A goal everyone sees (revision 1.0). */
        public GoalState(String slug, String name, String description, List<String> modules, long version) {
            this(slug, name, description, modules, version, null);
        }
    }

    /**
     * A deleted entity: its record key ({@code module:<slug>}, ...) and the last version it had. A consumer deletes
     * its copy only if that copy's version is not newer.
     */
    public record Deletion(String key, long version) {

        public Deletion {
            Objects.requireNonNull(key, "key");
        }

        /** The code or slug: the key without its kind prefix. */
        public String id() {
            return key.substring(key.indexOf(':') + 1);
        }
    }
}
