package org.learnpath.catalog.model;

/** Who sees a goal: everyone (the shared curriculum), or the members of the organization that owns it. */
public enum Audience {
    EVERYONE,
    ORGANIZATION;

    /** A goal's audience follows from whether an organization owns it; the table stores only the owner. */
    public static Audience of(String organization) {
        return organization == null ? EVERYONE : ORGANIZATION;
    }
}
