package org.learnpath.events.catalog;

/** What a catalog record announces; the CloudEvents type header carries {@link #ceType()}. */
public enum CatalogEventType {
    SKILL_UPSERTED("org.learnpath.catalog.skill.upserted"),
    SKILL_DELETED("org.learnpath.catalog.skill.deleted"),
    MODULE_UPSERTED("org.learnpath.catalog.module.upserted"),
    MODULE_DELETED("org.learnpath.catalog.module.deleted"),
    GOAL_UPSERTED("org.learnpath.catalog.goal.upserted"),
    GOAL_DELETED("org.learnpath.catalog.goal.deleted");

    private final String ceType;

    CatalogEventType(String ceType) {
        this.ceType = ceType;
    }

    public String ceType() {
        return ceType;
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
