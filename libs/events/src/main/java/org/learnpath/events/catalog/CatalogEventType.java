package org.learnpath.events.catalog;

/** What a catalog record announces; the CloudEvents type header carries {@link #ceType()}. */
public enum CatalogEventType {
    SKILL_UPSERTED("org.learnpath.catalog.skill.upserted", CatalogTopic.SKILL_PREFIX),
    SKILL_DELETED("org.learnpath.catalog.skill.deleted", CatalogTopic.SKILL_PREFIX),
    MODULE_UPSERTED("org.learnpath.catalog.module.upserted", CatalogTopic.MODULE_PREFIX),
    MODULE_DELETED("org.learnpath.catalog.module.deleted", CatalogTopic.MODULE_PREFIX),
    GOAL_UPSERTED("org.learnpath.catalog.goal.upserted", CatalogTopic.GOAL_PREFIX),
    GOAL_DELETED("org.learnpath.catalog.goal.deleted", CatalogTopic.GOAL_PREFIX);

    private final String ceType;
    private final String keyPrefix;

    CatalogEventType(String ceType, String keyPrefix) {
        this.ceType = ceType;
        this.keyPrefix = keyPrefix;
    }

    public String ceType() {
        return ceType;
    }

    /** The prefix of the keys of the records of this type ({@code skill:}, {@code module:}, {@code goal:}). */
    public String keyPrefix() {
        return keyPrefix;
    }

    public boolean isDeletion() {
        return this == SKILL_DELETED || this == MODULE_DELETED || this == GOAL_DELETED;
    }

    public static CatalogEventType fromCeType(String ceType) {
        for (CatalogEventType type : values()) {
            if (type.ceType.equals(ceType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown catalog event type: " + ceType);
    }
}
