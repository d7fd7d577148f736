package org.learnpath.events.catalog;

/**
 * The catalog topic: compacted, one record per catalog entity key, the latest being the entity's current
 * state or its deletion event. Reading it from the beginning rebuilds the catalog. Null values (tombstones) are
 * never written by the catalog and mean nothing to consumers, which ignore them.
 */
public final class CatalogTopic {

    /** The major schema version is part of the name: an incompatible contract gets a new topic. */
    public static final String NAME = "learnpath.catalog.v1";

    public static final String SKILL_PREFIX = "skill:";
    public static final String MODULE_PREFIX = "module:";
    public static final String GOAL_PREFIX = "goal:";

    private CatalogTopic() {
    }

    public static String skillKey(String code) {
        return SKILL_PREFIX + code;
    }

    public static String moduleKey(String slug) {
        return MODULE_PREFIX + slug;
    }

    public static String goalKey(String slug) {
        return GOAL_PREFIX + slug;
    }
}
